// GitHub's REST API, the part Benefactor uses, with GitHub's status codes and bodies.
import { randomBytes } from "node:crypto";
import { authenticate } from "./auth";
import { paginate, send, sendError, type Req, type Res } from "./http";
import { callerAccess, ensureUser, newId, reposOf, type Caller, type Permission, type Repo, type State } from "./state";

const INVITES_PER_DAY = 50;
const INVITE_PERMISSION: Record<Permission, string> = { pull: "read", triage: "triage", push: "write", maintain: "maintain", admin: "admin" };
const PERMISSIONS = Object.keys(INVITE_PERMISSION) as Permission[];

export function userJson(state: State, login: string) {
  const user = ensureUser(state, login);
  return { login: user.login, id: user.id, node_id: `U_${user.id}`, type: user.type, site_admin: false };
}

function permissionsJson(level: Permission | "none") {
  const rank = level === "none" ? -1 : PERMISSIONS.indexOf(level);
  return { admin: rank >= 4, maintain: rank >= 3, push: rank >= 2, triage: rank >= 1, pull: rank >= 0 };
}

export function repoJson(state: State, repo: Repo, caller?: Caller) {
  const access = caller ? callerAccess(caller, repo) : null;
  return {
    id: repo.id,
    node_id: `R_${repo.id}`,
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    private: repo.isPrivate,
    owner: userJson(state, repo.owner),
    html_url: `https://github.com/${repo.owner}/${repo.name}`,
    ...(caller ? { permissions: permissionsJson(access === "admin" ? "admin" : access === "read" ? "pull" : "none") } : {}),
  };
}

function invitationJson(state: State, repo: Repo, inv: { id: number; invitee: string; permission: Permission; createdAt: Date }) {
  return {
    id: inv.id,
    node_id: `RI_${inv.id}`,
    repository: repoJson(state, repo),
    invitee: userJson(state, inv.invitee),
    inviter: userJson(state, repo.owner),
    permissions: INVITE_PERMISSION[inv.permission],
    created_at: inv.createdAt.toISOString(),
    expired: false,
    html_url: `https://github.com/${repo.owner}/${repo.name}/invitations`,
  };
}

type Ctx = { state: State; req: Req; res: Res; baseUrl: string; params: string[] };
type Handler = (ctx: Ctx, caller: Caller) => void;

function findRepo(ctx: Ctx, caller: Caller, needAdmin: boolean): Repo | null {
  const [owner, name] = ctx.params;
  const repo = ctx.state.repos.get(`${owner}/${name}`.toLowerCase());
  const access = repo ? callerAccess(caller, repo) : null;
  if (!repo || !access) {
    sendError(ctx.res, 404, "Not Found");
    return null;
  }
  if (needAdmin && access !== "admin") {
    sendError(ctx.res, 403, caller.kind === "installation" ? "Resource not accessible by integration" : "Resource not accessible by personal access token");
    return null;
  }
  return repo;
}

const putCollaborator: Handler = (ctx, caller) => {
  const repo = findRepo(ctx, caller, true);
  if (!repo) return;
  const login = ctx.params[2];
  const user = ctx.state.users.get(login.toLowerCase());
  if (!user || user.type !== "User") return sendError(ctx.res, 404, "Not Found");
  const body = (ctx.req.body ?? {}) as { permission?: string };
  const permission = (body.permission ?? "push") as Permission;
  if (!PERMISSIONS.includes(permission)) {
    return sendError(ctx.res, 422, "Validation Failed", { errors: [{ resource: "Repository", field: "permission", code: "invalid" }] });
  }
  if (user.login.toLowerCase() === repo.owner.toLowerCase()) {
    return sendError(ctx.res, 422, "Validation Failed", { errors: [{ resource: "Repository", code: "custom", message: "Repository owner cannot be a collaborator" }] });
  }
  const key = user.login.toLowerCase();
  if (repo.collaborators.has(key)) {
    repo.collaborators.set(key, permission);
    return send(ctx.res, 204);
  }
  const pending = [...repo.invitations.values()].find((i) => i.invitee.toLowerCase() === key);
  if (pending) {
    pending.permission = permission;
    return send(ctx.res, 201, invitationJson(ctx.state, repo, pending));
  }
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  repo.invitesSent = repo.invitesSent.filter((d) => d.getTime() > dayAgo);
  if (repo.invitesSent.length >= INVITES_PER_DAY) {
    return sendError(ctx.res, 422, "Validation Failed", {
      errors: [{ resource: "Repository", code: "custom", field: "base", message: `You have reached the limit of ${INVITES_PER_DAY} invitations for this repository in the last 24 hours` }],
    });
  }
  const inv = { id: newId(ctx.state), invitee: user.login, permission, createdAt: new Date() };
  repo.invitations.set(inv.id, inv);
  repo.invitesSent.push(inv.createdAt);
  send(ctx.res, 201, invitationJson(ctx.state, repo, inv));
};

const deleteCollaborator: Handler = (ctx, caller) => {
  const repo = findRepo(ctx, caller, true);
  if (!repo) return;
  const key = ctx.params[2].toLowerCase();
  repo.collaborators.delete(key);
  // GitHub: removing a collaborator also cancels their pending invitations.
  for (const [id, inv] of repo.invitations) if (inv.invitee.toLowerCase() === key) repo.invitations.delete(id);
  send(ctx.res, 204);
};

const routes: [string, RegExp, Handler][] = [
  ["GET", /^\/installation\/repositories$/, (ctx, caller) => {
    if (caller.kind !== "installation") return sendError(ctx.res, 403, "You must authenticate with an installation access token in order to list repositories for an installation.");
    const all = reposOf(ctx.state, caller).map((r) => repoJson(ctx.state, r, caller));
    const { page, headers } = paginate(ctx.req, all, ctx.baseUrl);
    send(ctx.res, 200, { total_count: all.length, repository_selection: caller.installation.repos ? "selected" : "all", repositories: page }, headers);
  }],
  ["GET", /^\/user\/repos$/, (ctx, caller) => {
    if (caller.kind === "installation") return sendError(ctx.res, 403, "Resource not accessible by integration");
    const all = reposOf(ctx.state, caller).map((r) => repoJson(ctx.state, r, caller));
    const { page, headers } = paginate(ctx.req, all, ctx.baseUrl);
    send(ctx.res, 200, page, headers);
  }],
  ["GET", /^\/user$/, (ctx, caller) => {
    if (caller.kind === "installation") return sendError(ctx.res, 403, "Resource not accessible by integration");
    send(ctx.res, 200, { ...userJson(ctx.state, caller.login), name: caller.login });
  }],
  ["GET", /^\/users\/([^/]+)$/, (ctx) => {
    const user = ctx.state.users.get(ctx.params[0].toLowerCase());
    if (!user) return sendError(ctx.res, 404, "Not Found");
    send(ctx.res, 200, userJson(ctx.state, user.login));
  }],
  ["GET", /^\/repos\/([^/]+)\/([^/]+)$/, (ctx, caller) => {
    const repo = findRepo(ctx, caller, false);
    if (repo) send(ctx.res, 200, repoJson(ctx.state, repo, caller));
  }],
  ["GET", /^\/repos\/([^/]+)\/([^/]+)\/collaborators$/, (ctx, caller) => {
    const repo = findRepo(ctx, caller, true);
    if (!repo) return;
    const all = [...repo.collaborators.entries()].map(([login, perm]) => ({ ...userJson(ctx.state, login), permissions: permissionsJson(perm), role_name: INVITE_PERMISSION[perm] }));
    const { page, headers } = paginate(ctx.req, all, ctx.baseUrl);
    send(ctx.res, 200, page, headers);
  }],
  ["PUT", /^\/repos\/([^/]+)\/([^/]+)\/collaborators\/([^/]+)$/, putCollaborator],
  ["DELETE", /^\/repos\/([^/]+)\/([^/]+)\/collaborators\/([^/]+)$/, deleteCollaborator],
  ["GET", /^\/repos\/([^/]+)\/([^/]+)\/invitations$/, (ctx, caller) => {
    const repo = findRepo(ctx, caller, true);
    if (!repo) return;
    const all = [...repo.invitations.values()].map((i) => invitationJson(ctx.state, repo, i));
    const { page, headers } = paginate(ctx.req, all, ctx.baseUrl);
    send(ctx.res, 200, page, headers);
  }],
  ["DELETE", /^\/repos\/([^/]+)\/([^/]+)\/invitations\/(\d+)$/, (ctx, caller) => {
    const repo = findRepo(ctx, caller, true);
    if (!repo) return;
    if (!repo.invitations.delete(Number(ctx.params[2]))) return sendError(ctx.res, 404, "Not Found");
    send(ctx.res, 204);
  }],
];

/** Routes under /app that only the app's JWT may call. */
function appRoute(state: State, req: Req, res: Res): boolean {
  let m = /^\/app\/installations\/(\d+)\/access_tokens$/.exec(req.path);
  if (req.method === "POST" && m) {
    const inst = state.installations.get(Number(m[1]));
    if (!inst) return sendError(res, 404, "Not Found"), true;
    if (inst.suspended) return sendError(res, 403, "This installation has been suspended"), true;
    const token = `ghs_${randomBytes(18).toString("hex")}`;
    const expiresAt = new Date(Date.now() + 3600_000);
    state.installationTokens.set(token, { installationId: inst.id, expiresAt });
    send(res, 201, { token, expires_at: expiresAt.toISOString(), permissions: { administration: inst.access === "admin" ? "write" : "read", metadata: "read" }, repository_selection: inst.repos ? "selected" : "all" });
    return true;
  }
  m = /^\/app\/installations\/(\d+)$/.exec(req.path);
  if (req.method === "GET" && m) {
    const inst = state.installations.get(Number(m[1]));
    if (!inst) return sendError(res, 404, "Not Found"), true;
    send(res, 200, { id: inst.id, account: userJson(state, inst.account), app_id: state.app.id, app_slug: state.app.slug, target_type: "Organization", repository_selection: inst.repos ? "selected" : "all", suspended_at: inst.suspended ? new Date().toISOString() : null });
    return true;
  }
  if (req.method === "GET" && req.path === "/app") {
    send(res, 200, { id: state.app.id, slug: state.app.slug, name: "Benefactor (fake)" });
    return true;
  }
  return false;
}

export function handleApi(state: State, req: Req, res: Res, baseUrl: string): boolean {
  const auth = authenticate(state, req);
  if (req.path.startsWith("/app")) {
    if (!auth || !("app" in auth)) {
      sendError(res, 401, auth && "error" in auth ? auth.error : "A JSON web token could not be decoded");
      return true;
    }
    if (appRoute(state, req, res)) return true;
    sendError(res, 404, "Not Found");
    return true;
  }
  for (const [method, pattern, handler] of routes) {
    const m = pattern.exec(req.path);
    if (!m || method !== req.method) continue;
    if (!auth) return sendError(res, 401, "Requires authentication"), true;
    if ("error" in auth) return sendError(res, 401, auth.error), true;
    if ("app" in auth) return sendError(res, 403, "A JSON web token cannot be used for this endpoint"), true;
    handler({ state, req, res, baseUrl, params: m.slice(1).map(decodeURIComponent) }, auth.caller);
    return true;
  }
  return false;
}
