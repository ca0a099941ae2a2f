// The test-only control API under /_fake: make users, repositories, installations and tokens, read
// state, act as a person on github.com (accept an invitation, add a collaborator by hand), and
// inject failures scoped to one test's resources.
import { randomBytes } from "node:crypto";
import { send, sendError, type Req, type Res } from "./http";
import { createRepo, ensureUser, newId, type Access, type FailureKind, type Permission, type State } from "./state";

type Body = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" ? v : undefined);

function installationJson(state: State, id: number) {
  const inst = state.installations.get(id)!;
  return {
    id: inst.id,
    account: inst.account,
    access: inst.access,
    suspended: inst.suspended,
    repositories: inst.repos ? [...inst.repos] : null,
    rate_limit: inst.rateLimit ? { limit: inst.rateLimit.limit, window_ms: inst.rateLimit.windowMs, exceeded: inst.rateLimit.exceeded } : null,
    max_in_flight: inst.maxInFlight,
  };
}

function repoState(state: State, owner: string, name: string) {
  return state.repos.get(`${owner}/${name}`.toLowerCase());
}

export function handleControl(state: State, req: Req, res: Res): void {
  const body = (req.body ?? {}) as Body;
  const p = req.path.slice("/_fake".length);
  let m: RegExpExecArray | null;
  if (req.method === "GET" && p === "/app") {
    return send(res, 200, { app_id: state.app.id, slug: state.app.slug, client_id: state.app.clientId, client_secret: state.app.clientSecret, private_key: state.app.privateKeyPem, setup_url: state.app.setupUrl });
  }
  if (req.method === "PUT" && p === "/app") {
    if (str(body.setup_url)) state.app.setupUrl = str(body.setup_url)!;
    return send(res, 200, { setup_url: state.app.setupUrl });
  }
  if (req.method === "POST" && p === "/users") {
    const login = str(body.login);
    if (!login) return sendError(res, 422, "login is required");
    return send(res, 201, ensureUser(state, login, body.type === "Organization" ? "Organization" : "User"));
  }
  if (req.method === "POST" && p === "/repos") {
    const owner = str(body.owner), name = str(body.name);
    if (!owner || !name) return sendError(res, 422, "owner and name are required");
    const repo = createRepo(state, owner, name, body.private !== false);
    return send(res, 201, { id: repo.id, full_name: `${repo.owner}/${repo.name}` });
  }
  if (req.method === "POST" && p === "/installations") {
    const account = str(body.account);
    if (!account) return sendError(res, 422, "account is required");
    ensureUser(state, account, "Organization");
    const names = Array.isArray(body.repositories) ? (body.repositories as string[]) : null;
    const id = newId(state);
    state.installations.set(id, {
      id, account, access: (str(body.access) as Access) ?? "admin", suspended: false, rateLimit: null, inFlight: 0, maxInFlight: 0,
      repos: names ? new Set(names.map((n) => `${account}/${n}`.toLowerCase())) : null,
    });
    return send(res, 201, installationJson(state, id));
  }
  if ((m = /^\/installations\/(\d+)$/.exec(p))) {
    const inst = state.installations.get(Number(m[1]));
    if (!inst) return sendError(res, 404, "Not Found");
    if (req.method === "PATCH") {
      if (str(body.access)) inst.access = body.access as Access;
      if (typeof body.suspended === "boolean") inst.suspended = body.suspended;
      if (Array.isArray(body.repositories)) inst.repos = new Set((body.repositories as string[]).map((n) => `${inst.account}/${n}`.toLowerCase()));
      if (body.repositories === null) inst.repos = null;
      if (body.rate_limit === null) inst.rateLimit = null;
      else if (body.rate_limit && typeof body.rate_limit === "object") {
        const rl = body.rate_limit as { limit: number; window_ms: number };
        inst.rateLimit = { limit: rl.limit, windowMs: rl.window_ms, windowStart: Date.now(), used: 0, exceeded: 0 };
      }
    }
    return send(res, 200, installationJson(state, inst.id));
  }
  if (req.method === "POST" && p === "/tokens") {
    const login = str(body.login);
    if (!login) return sendError(res, 422, "login is required");
    ensureUser(state, login);
    const token = `github_pat_${randomBytes(20).toString("hex")}`;
    const repos = Array.isArray(body.repositories) ? new Set((body.repositories as string[]).map((r) => r.toLowerCase())) : null;
    state.pats.set(token, { login, repos, access: (str(body.access) as Access) ?? "admin" });
    return send(res, 201, { token });
  }
  if ((m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(p))) {
    const repo = repoState(state, m[1], m[2]);
    if (!repo) return sendError(res, 404, "Not Found");
    const rest = m[3] ?? "";
    if (req.method === "GET" && rest === "") {
      return send(res, 200, {
        full_name: `${repo.owner}/${repo.name}`,
        collaborators: Object.fromEntries(repo.collaborators),
        invitations: [...repo.invitations.values()].map((i) => ({ id: i.id, invitee: i.invitee, permission: i.permission })),
        invites_sent_today: repo.invitesSent.length,
      });
    }
    let mm: RegExpExecArray | null;
    if (req.method === "POST" && rest === "/collaborators") {
      const login = str(body.login)!;
      ensureUser(state, login);
      repo.collaborators.set(login.toLowerCase(), (str(body.permission) as Permission) ?? "pull");
      return send(res, 201, {});
    }
    if (req.method === "DELETE" && (mm = /^\/collaborators\/([^/]+)$/.exec(rest))) {
      repo.collaborators.delete(mm[1].toLowerCase());
      return send(res, 204);
    }
    if (req.method === "POST" && (mm = /^\/invitations\/([^/]+)\/accept$/.exec(rest))) {
      const inv = [...repo.invitations.values()].find((i) => i.invitee.toLowerCase() === mm![1].toLowerCase());
      if (!inv) return sendError(res, 404, "Not Found");
      repo.invitations.delete(inv.id);
      repo.collaborators.set(inv.invitee.toLowerCase(), inv.permission);
      return send(res, 204);
    }
    if (req.method === "POST" && rest === "/fill-invitations") {
      const count = Number(body.count ?? 50);
      for (let i = 0; i < count; i++) repo.invitesSent.push(new Date());
      return send(res, 200, { invites_sent_today: repo.invitesSent.length });
    }
    if (req.method === "POST" && rest === "/reset-invitation-cap") {
      repo.invitesSent = [];
      return send(res, 200, { invites_sent_today: 0 });
    }
  }
  if (req.method === "POST" && p === "/failures") {
    const kind = str(body.kind) as FailureKind;
    if (!["500", "502", "secondary", "429", "primary", "timeout"].includes(kind)) return sendError(res, 422, "unknown kind");
    const scope = { repo: str(body.repo), installation: typeof body.installation === "number" ? body.installation : undefined, login: str(body.login), path: str(body.path) };
    if (!scope.repo && scope.installation === undefined && !scope.login && !scope.path) return sendError(res, 422, "scope a failure to a repo, installation, login or path");
    state.failures.push({ kind, remaining: Number(body.count ?? 1), retryAfter: Number(body.retry_after ?? 1), ...scope });
    return send(res, 201, {});
  }
  if (req.method === "GET" && p === "/calls") {
    const repo = req.query.get("repo")?.toLowerCase();
    return send(res, 200, state.calls.filter((c) => !repo || c.repo === repo));
  }
  sendError(res, 404, "Not Found");
}
