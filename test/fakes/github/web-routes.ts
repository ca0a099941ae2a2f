// github.com pages: the OAuth consent page and token exchange, and the app's install page.
import { randomBytes } from "node:crypto";
import { escapeHtml, redirect, send, sendHtml, type Req, type Res } from "./http";
import { ensureUser, newId, type State } from "./state";

function approve(state: State, res: Res, q: URLSearchParams, login: string) {
  ensureUser(state, login);
  const code = randomBytes(10).toString("hex");
  state.oauthCodes.set(code, { login, clientId: q.get("client_id") ?? "", redirectUri: q.get("redirect_uri") });
  const target = new URL(q.get("redirect_uri") ?? "");
  target.searchParams.set("code", code);
  if (q.get("state")) target.searchParams.set("state", q.get("state")!);
  redirect(res, target.toString());
}

function authorize(state: State, req: Req, res: Res) {
  const q = req.query;
  if (q.get("client_id") !== state.app.clientId) return sendHtml(res, 404, "<h1>404</h1><p>This OAuth application does not exist.</p>");
  if (!q.get("redirect_uri")) return sendHtml(res, 400, "<p>redirect_uri is required</p>");
  // Tests that do not click can name the GitHub user who approves: `login=`.
  const login = q.get("login");
  if (login) return approve(state, res, q, login);
  const hidden = [...q.entries()].map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`).join("");
  sendHtml(res, 200, `<h1>Authorize Benefactor</h1><p>Benefactor would like to know your GitHub username.</p>
<form method="get" action="/login/oauth/authorize">${hidden}
<label>Signed in as <input name="login" required autocomplete="off" aria-label="GitHub username"></label><br>
<button type="submit">Authorize</button></form>`);
}

function accessToken(state: State, req: Req, res: Res) {
  const body = req.body as Record<string, string>;
  const wantsJson = (req.headers.accept ?? "").includes("json");
  const reply = (payload: Record<string, string>) =>
    wantsJson ? send(res, 200, payload) : (res.writeHead(200, { "content-type": "application/x-www-form-urlencoded" }), res.end(new URLSearchParams(payload).toString()));
  // GitHub answers 200 with an `error` field for a bad exchange.
  if (body.client_id !== state.app.clientId || body.client_secret !== state.app.clientSecret) {
    return reply({ error: "incorrect_client_credentials", error_description: "The client_id and/or client_secret passed are incorrect." });
  }
  const grant = state.oauthCodes.get(body.code ?? "");
  if (!grant || grant.clientId !== body.client_id || (grant.redirectUri && body.redirect_uri && grant.redirectUri !== body.redirect_uri)) {
    return reply({ error: "bad_verification_code", error_description: "The code passed is incorrect or expired." });
  }
  state.oauthCodes.delete(body.code);
  const token = `gho_${randomBytes(18).toString("hex")}`;
  state.userTokens.set(token, grant.login);
  reply({ access_token: token, token_type: "bearer", scope: "" });
}

function install(state: State, req: Req, res: Res) {
  const account = req.query.get("account");
  if (!account) {
    const st = escapeHtml(req.query.get("state") ?? "");
    return sendHtml(res, 200, `<h1>Install ${escapeHtml(state.app.slug)}</h1>
<form method="get"><input type="hidden" name="state" value="${st}">
<label>Install on account <input name="account" required aria-label="Account"></label><br>
<button type="submit">Install</button></form>`);
  }
  ensureUser(state, account, "Organization");
  const id = newId(state);
  state.installations.set(id, { id, account, repos: null, access: "admin", suspended: false, rateLimit: null, inFlight: 0, maxInFlight: 0 });
  const target = new URL(state.app.setupUrl);
  target.searchParams.set("installation_id", String(id));
  target.searchParams.set("setup_action", "install");
  if (req.query.get("state")) target.searchParams.set("state", req.query.get("state")!);
  redirect(res, target.toString());
}

export function handleWeb(state: State, req: Req, res: Res): boolean {
  if (req.method === "GET" && req.path === "/login/oauth/authorize") return authorize(state, req, res), true;
  if (req.method === "POST" && req.path === "/login/oauth/access_token") return accessToken(state, req, res), true;
  if (req.method === "GET" && req.path === `/apps/${state.app.slug}/installations/new`) return install(state, req, res), true;
  return false;
}
