// REST v10 as the bot (and an OAuth user on /users/@me) sees it: guild, roles, members, roles of
// a member. Status codes, bodies and error codes follow Discord's documentation.
import { ERRORS, type Reply } from "./http";
import {
  PERMISSIONS,
  botHighestPosition,
  botPermissions,
  memberHighestPosition,
  serializeGuild,
  serializeMember,
  serializeRole,
  serializeUser,
  type FakeGuild,
  type FakeState,
} from "./state";

export type ApiCall = {
  method: string;
  route: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown> | null;
  auth: { kind: "bot" } | { kind: "bearer"; userId: string; scope: string } | null;
};

type Handler = (state: FakeState, call: ApiCall) => Reply;
type RouteDef = { method: string; route: string; pattern: RegExp; keys: string[]; handler: Handler };

const routes: RouteDef[] = [];
function route(method: string, template: string, handler: Handler) {
  const keys: string[] = [];
  const pattern = new RegExp(
    "^" + template.replace(/:(\w+)/g, (_m, key: string) => (keys.push(key), "([^/]+)")).replace(/@me/g, "@me") + "$",
  );
  routes.push({ method, route: template, pattern, keys, handler });
}

/** The route matching a path (below /api/v10), with its parameters. */
export function matchRoute(method: string, path: string) {
  for (const r of routes) {
    const m = r.pattern.exec(path);
    if (!m) continue;
    if (r.method !== method) continue;
    return { def: r, params: Object.fromEntries(r.keys.map((k, i) => [k, decodeURIComponent(m[i + 1])])) };
  }
  return null;
}

const hasPermission = (guild: FakeGuild, permission: bigint) => {
  const perms = botPermissions(guild);
  return (perms & PERMISSIONS.ADMINISTRATOR) !== 0n || (perms & permission) !== 0n;
};

/** The guild the bot is in, or the error Discord gives. */
function botGuild(state: FakeState, call: ApiCall): FakeGuild | Reply {
  if (call.auth?.kind !== "bot") return ERRORS.unauthorized();
  const guild = state.guilds.get(call.params.guild);
  if (!guild) return ERRORS.unknownGuild();
  if (!guild.botRoleId) return ERRORS.missingAccess();
  return guild;
}
const isReply = (v: unknown): v is Reply => typeof v === "object" && v !== null && "status" in v;

route("GET", "/users/@me", (state, call) => {
  if (!call.auth) return ERRORS.unauthorized();
  const userId = call.auth.kind === "bot" ? state.app.botUserId : call.auth.userId;
  if (call.auth.kind === "bearer" && !call.auth.scope.split(" ").includes("identify")) return ERRORS.unauthorized();
  return { status: 200, body: serializeUser(state.users.get(userId)!) };
});

route("GET", "/guilds/:guild", (state, call) => {
  const guild = botGuild(state, call);
  return isReply(guild) ? guild : { status: 200, body: serializeGuild(guild) };
});

route("GET", "/guilds/:guild/roles", (state, call) => {
  const guild = botGuild(state, call);
  if (isReply(guild)) return guild;
  return { status: 200, body: [...guild.roles.values()].sort((a, b) => a.position - b.position).map(serializeRole) };
});

// Needs the privileged "Server Members" intent on a real application.
route("GET", "/guilds/:guild/members", (state, call) => {
  const guild = botGuild(state, call);
  if (isReply(guild)) return guild;
  const limit = Math.min(1000, Math.max(1, Number(call.query.get("limit") ?? 1)));
  const after = BigInt(call.query.get("after") ?? "0");
  const members = [...guild.members.values()]
    .filter((m) => BigInt(m.userId) > after)
    .sort((a, b) => (BigInt(a.userId) < BigInt(b.userId) ? -1 : 1))
    .slice(0, limit);
  return { status: 200, body: members.map((m) => serializeMember(state, m)) };
});

route("GET", "/guilds/:guild/members/:user", (state, call) => {
  const guild = botGuild(state, call);
  if (isReply(guild)) return guild;
  const member = guild.members.get(call.params.user);
  return member ? { status: 200, body: serializeMember(state, member) } : ERRORS.unknownMember();
});

// Add a user who authorized `guilds.join` to the guild: 201 + member, or 204 when already in it
// (then `roles` is ignored, as on Discord).
route("PUT", "/guilds/:guild/members/:user", (state, call) => {
  const guild = botGuild(state, call);
  if (isReply(guild)) return guild;
  const existing = guild.members.get(call.params.user);
  if (existing) return { status: 204 };
  if (!hasPermission(guild, PERMISSIONS.CREATE_INSTANT_INVITE)) return ERRORS.missingPermissions();
  const token = typeof call.body?.access_token === "string" ? state.accessTokens.get(call.body.access_token) : undefined;
  if (!token || token.expiresAt <= Date.now() || token.userId !== call.params.user || token.clientId !== state.app.clientId)
    return ERRORS.invalidOAuthToken();
  if (!token.scope.split(" ").includes("guilds.join")) return ERRORS.invalidOAuthToken();
  const roles = Array.isArray(call.body?.roles) ? (call.body.roles as unknown[]).map(String) : [];
  for (const roleId of roles) {
    const role = guild.roles.get(roleId);
    if (!role) return invalidRoles(roleId);
    if (!hasPermission(guild, PERMISSIONS.MANAGE_ROLES) || role.managed || role.position >= botHighestPosition(guild))
      return ERRORS.missingPermissions();
  }
  const member = { userId: call.params.user, roles: new Set(roles), joinedAt: new Date().toISOString() };
  guild.members.set(member.userId, member);
  return { status: 201, body: serializeMember(state, member) };
});

route("DELETE", "/guilds/:guild/members/:user", (state, call) => {
  const guild = botGuild(state, call);
  if (isReply(guild)) return guild;
  const member = guild.members.get(call.params.user);
  if (!member) return ERRORS.unknownMember();
  if (!hasPermission(guild, PERMISSIONS.KICK_MEMBERS) || member.userId === guild.ownerId) return ERRORS.missingPermissions();
  if (memberHighestPosition(guild, member) >= botHighestPosition(guild)) return ERRORS.missingPermissions();
  guild.members.delete(member.userId);
  return { status: 204 };
});

function memberRole(state: FakeState, call: ApiCall, apply: (roles: Set<string>, roleId: string) => void): Reply {
  const guild = botGuild(state, call);
  if (isReply(guild)) return guild;
  const member = guild.members.get(call.params.user);
  if (!member) return ERRORS.unknownMember();
  const role = guild.roles.get(call.params.role);
  if (!role) return ERRORS.unknownRole();
  if (!hasPermission(guild, PERMISSIONS.MANAGE_ROLES) || role.managed || role.position >= botHighestPosition(guild))
    return ERRORS.missingPermissions();
  apply(member.roles, role.id);
  return { status: 204 };
}

route("PUT", "/guilds/:guild/members/:user/roles/:role", (state, call) => memberRole(state, call, (roles, id) => roles.add(id)));
route("DELETE", "/guilds/:guild/members/:user/roles/:role", (state, call) => memberRole(state, call, (roles, id) => roles.delete(id)));

function invalidRoles(roleId: string): Reply {
  return {
    status: 400,
    body: {
      message: "Invalid Form Body",
      code: 50035,
      errors: { roles: { _errors: [{ code: "INVALID_ROLE", message: `Role ${roleId} is not valid` }] } },
    },
  };
}
