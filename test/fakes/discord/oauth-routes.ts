// OAuth2 as Discord runs it: an authorize page (the consent screen: who you are, which server for
// a bot install), a code, a token endpoint for authorization_code and refresh_token grants with
// rotating refresh tokens, and access tokens that expire (per-user TTL, so a test can make one
// short-lived without touching anyone else's).
import { randomBytes } from "node:crypto";
import type { Reply } from "./http";
import { addBot, serializeGuild, type FakeGrant, type FakeState } from "./state";

const CODE_TTL_MS = 10 * 60_000;
const token = () => randomBytes(18).toString("base64url");
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const oauthError = (status: number, error: string, description: string): Reply => ({
  status,
  body: { error, error_description: description },
});

/** GET /oauth2/authorize — the consent page. */
export function authorizePage(state: FakeState, query: URLSearchParams): Reply {
  const problem = checkAuthorizeParams(state, query);
  if (problem) return { status: 400, body: `<!doctype html><title>Discord</title><p id="error">${esc(problem)}</p>` };
  const scopes = (query.get("scope") ?? "").split(/[ +]/);
  const isBot = scopes.includes("bot");
  const hidden = [...query.entries()].map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`).join("");
  const guildOptions = [...state.guilds.values()]
    .map((g) => `<option value="${g.id}"${g.id === query.get("guild_id") ? " selected" : ""}>${esc(g.name)}</option>`)
    .join("");
  const who = isBot
    ? `<label>Add to server <select name="guild_id" aria-label="Server">${guildOptions}</select></label>`
    : `<label>Discord username <input name="user" aria-label="Discord username" autocomplete="off"></label>`;
  return {
    status: 200,
    body: `<!doctype html><html><head><title>Discord — Authorize access</title></head><body style="font-family:sans-serif;max-width:28rem;margin:3rem auto">
<h1>Fake Discord</h1><p>An external application wants to access your Discord account.</p>
<p>Scopes: <code>${esc(scopes.join(" "))}</code></p>
<form method="post" action="/oauth2/authorize">${hidden}${who}
<p><button type="submit" name="action" value="approve">Authorize</button> <button type="submit" name="action" value="deny">Cancel</button></p></form></body></html>`,
  };
}

function checkAuthorizeParams(state: FakeState, params: URLSearchParams): string | null {
  if (params.get("client_id") !== state.app.clientId) return "Unknown application (client_id)";
  if (params.get("response_type") !== "code") return "Unsupported response_type";
  if (!params.get("redirect_uri")) return "Invalid OAuth2 redirect_uri";
  if (!params.get("scope")) return "No scope given";
  return null;
}

/** POST /oauth2/authorize — the user approved (or not): back to the app with a code. */
export function authorizeSubmit(state: FakeState, form: Record<string, unknown>): Reply {
  const params = new URLSearchParams(Object.entries(form).map(([k, v]) => [k, String(v)]));
  const problem = checkAuthorizeParams(state, params);
  if (problem) return { status: 400, body: `<!doctype html><p id="error">${esc(problem)}</p>` };
  const redirect = new URL(params.get("redirect_uri")!);
  const state_ = params.get("state");
  if (state_) redirect.searchParams.set("state", state_);
  if (params.get("action") === "deny") {
    redirect.searchParams.set("error", "access_denied");
    redirect.searchParams.set("error_description", "The resource owner or authorization server denied the request");
    return { status: 302, headers: { location: redirect.toString() } };
  }
  const scope = (params.get("scope") ?? "").split(/[ +]/).join(" ");
  let grant: FakeGrant;
  if (scope.split(" ").includes("bot")) {
    const guild = state.guilds.get(params.get("guild_id") ?? "");
    if (!guild) return { status: 400, body: `<!doctype html><p id="error">Choose a server</p>` };
    addBot(state, guild, BigInt(params.get("permissions") ?? "0"));
    grant = { clientId: state.app.clientId, userId: guild.ownerId, scope, guildId: guild.id };
    redirect.searchParams.set("guild_id", guild.id);
    redirect.searchParams.set("permissions", params.get("permissions") ?? "0");
  } else {
    const name = String(params.get("user") ?? "").trim();
    const user = [...state.users.values()].find((u) => !u.bot && (u.id === name || u.username === name));
    if (!user) return { status: 400, body: `<!doctype html><p id="error">No Discord user "${esc(name)}"</p>` };
    grant = { clientId: state.app.clientId, userId: user.id, scope, guildId: null };
  }
  const code = token();
  state.codes.set(code, { ...grant, redirectUri: params.get("redirect_uri")!, expiresAt: Date.now() + CODE_TTL_MS });
  redirect.searchParams.set("code", code);
  return { status: 302, headers: { location: redirect.toString() } };
}

/** Tokens for a grant, as /oauth2/token answers them. */
export function issueTokens(state: FakeState, grant: FakeGrant) {
  const ttl = state.users.get(grant.userId)?.tokenTtlSeconds ?? 604800;
  const access = token();
  const refresh = token();
  state.accessTokens.set(access, { ...grant, expiresAt: Date.now() + ttl * 1000 });
  state.refreshTokens.set(refresh, grant);
  return { access_token: access, token_type: "Bearer", expires_in: ttl, refresh_token: refresh, scope: grant.scope };
}

/** POST /api/oauth2/token — authorization_code and refresh_token grants; client auth by body or Basic. */
export function tokenEndpoint(state: FakeState, form: Record<string, unknown>, authorization: string | undefined): Reply {
  let clientId = form.client_id;
  let clientSecret = form.client_secret;
  if (authorization?.startsWith("Basic ")) {
    [clientId, clientSecret] = Buffer.from(authorization.slice(6), "base64").toString().split(":");
  }
  if (clientId !== state.app.clientId || clientSecret !== state.app.clientSecret)
    return oauthError(401, "invalid_client", "Invalid client");
  if (form.grant_type === "authorization_code") {
    const code = state.codes.get(String(form.code ?? ""));
    if (!code || code.expiresAt <= Date.now() || code.redirectUri !== form.redirect_uri)
      return oauthError(400, "invalid_grant", `Invalid "code" in request.`);
    state.codes.delete(String(form.code));
    const tokens = issueTokens(state, code);
    const guild = code.guildId ? state.guilds.get(code.guildId) : undefined;
    return { status: 200, body: guild ? { ...tokens, guild: serializeGuild(guild) } : tokens };
  }
  if (form.grant_type === "refresh_token") {
    const grant = state.refreshTokens.get(String(form.refresh_token ?? ""));
    if (!grant) return oauthError(400, "invalid_grant", "Invalid refresh token");
    // Discord rotates refresh tokens: the old one stops working.
    state.refreshTokens.delete(String(form.refresh_token));
    return { status: 200, body: issueTokens(state, grant) };
  }
  return oauthError(400, "unsupported_grant_type", "Unsupported grant type");
}
