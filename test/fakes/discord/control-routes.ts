// The test-only control API under /_fake: make users and guilds (random names, so parallel tests
// never share state), change them "by hand" as a server admin would, inject failures scoped to one
// guild, switch rate limits on, and read what happened.
//   GET  /_fake/app                              client id/secret, bot token, bot user id
//   POST /_fake/users {username?, token_ttl?}    a Discord user (token_ttl: seconds its access tokens live)
//   PATCH /_fake/users/:id {token_ttl}           POST /_fake/users/:id/tokens {scope?} → tokens as if approved
//   POST /_fake/guilds {name?, roles?: [{name, managed?}], bot?, bot_permissions?, bot_role_position?}
//   GET  /_fake/guilds/:g                        roles and members (user_id, roles)
//   GET  /_fake/guilds/:g/calls                  every API call touching the guild: method, route, status, at
//   POST /_fake/guilds/:g/faults {kind: 500|502|429|timeout, count?, retry_after?, delay_ms?, route?}
//   POST/PATCH/DELETE /_fake/guilds/:g/bot {permissions?, position?}   add, change or remove the bot
//   POST /_fake/guilds/:g/roles {name, position?, managed?}            DELETE /_fake/guilds/:g/roles/:r
//   POST /_fake/guilds/:g/members {user_id, roles?}                    DELETE /_fake/guilds/:g/members/:u
//   PUT/DELETE /_fake/guilds/:g/members/:u/roles/:r                    (all "by hand")
//   POST /_fake/rate-limits {enabled, limit?, window_ms?}   per-route buckets, for the whole fake (bench)
//   GET  /_fake/stats                            requests, by status, violations of the advertised limits
import type { Reply } from "./http";
import type { createFaults, FaultKind } from "./faults";
import { issueTokens } from "./oauth-routes";
import type { createRateLimits } from "./rate-limits";
import { addBot, createGuild, serializeRole, snowflake, type FakeGuild, type FakeState } from "./state";

export type CallRecord = { method: string; route: string; path: string; status: number; at: number };
export type FakeWorld = {
  state: FakeState;
  faults: ReturnType<typeof createFaults>;
  rateLimits: ReturnType<typeof createRateLimits>;
  calls: Map<string, CallRecord[]>;
  stats: { requests: number; byStatus: Record<string, number> };
};

const notFound: Reply = { status: 404, body: { error: "not found" } };
const bad = (message: string): Reply => ({ status: 400, body: { error: message } });

export function guildState(world: FakeWorld, g: FakeGuild) {
  return {
    id: g.id,
    name: g.name,
    owner_id: g.ownerId,
    bot_role_id: g.botRoleId,
    roles: [...g.roles.values()].sort((a, b) => a.position - b.position).map(serializeRole),
    members: [...g.members.values()].map((m) => ({ user_id: m.userId, roles: [...m.roles].sort(), joined_at: m.joinedAt })),
  };
}

export function controlRoute(world: FakeWorld, method: string, parts: string[], body: Record<string, unknown>): Reply {
  const { state } = world;
  const [head, id, sub, subId, leaf, leafId] = parts;
  if (head === "app" && method === "GET") {
    const { clientId, clientSecret, botToken, botUserId } = state.app;
    return { status: 200, body: { client_id: clientId, client_secret: clientSecret, bot_token: botToken, bot_user_id: botUserId } };
  }
  if (head === "stats" && method === "GET")
    return { status: 200, body: { ...world.stats, ...world.rateLimits.stats, rate_limits: world.rateLimits.settings } };
  if (head === "rate-limits" && method === "POST") {
    world.rateLimits.configure({
      enabled: body.enabled === true,
      ...(typeof body.limit === "number" ? { limit: body.limit } : {}),
      ...(typeof body.window_ms === "number" ? { windowMs: body.window_ms } : {}),
    });
    return { status: 200, body: world.rateLimits.settings };
  }
  if (head === "users") return userRoute(world, method, id, sub, body);
  if (head !== "guilds") return notFound;
  if (!id && method === "POST") {
    const guild = createGuild(state, {
      name: typeof body.name === "string" ? body.name : `Guild ${snowflake().slice(-6)}`,
      roles: Array.isArray(body.roles) ? (body.roles as { name: string; managed?: boolean }[]) : [],
      bot: body.bot !== false,
      botPermissions: body.bot_permissions !== undefined ? BigInt(String(body.bot_permissions)) : undefined,
      botRolePosition: typeof body.bot_role_position === "number" ? body.bot_role_position : undefined,
    });
    return { status: 201, body: guildState(world, guild) };
  }
  const guild = state.guilds.get(id ?? "");
  if (!guild) return notFound;
  if (!sub && method === "GET") return { status: 200, body: guildState(world, guild) };
  if (sub === "calls" && method === "GET") return { status: 200, body: world.calls.get(guild.id) ?? [] };
  if (sub === "faults" && method === "POST") {
    const kind = String(body.kind ?? "500") as FaultKind;
    if (!["500", "502", "429", "timeout"].includes(kind)) return bad("kind is 500, 502, 429 or timeout");
    world.faults.add(guild.id, {
      kind,
      remaining: typeof body.count === "number" ? body.count : 1,
      retryAfter: typeof body.retry_after === "number" ? body.retry_after : 1,
      delayMs: typeof body.delay_ms === "number" ? body.delay_ms : 30_000,
      route: typeof body.route === "string" ? body.route : null,
    });
    return { status: 204 };
  }
  if (sub === "bot" && method === "PATCH") {
    const role = guild.botRoleId ? guild.roles.get(guild.botRoleId) : undefined;
    if (!role) return bad("the bot is not in this guild");
    if (body.permissions !== undefined) role.permissions = BigInt(String(body.permissions));
    if (typeof body.position === "number") role.position = body.position;
    return { status: 200, body: guildState(world, guild) };
  }
  // The bot was kicked from the server (or the merchant removed the app).
  if (sub === "bot" && method === "DELETE") {
    if (guild.botRoleId) guild.roles.delete(guild.botRoleId);
    guild.members.delete(state.app.botUserId);
    guild.botRoleId = null;
    return { status: 204 };
  }
  if (sub === "bot" && method === "POST") {
    addBot(state, guild, body.permissions !== undefined ? BigInt(String(body.permissions)) : 268435459n);
    return { status: 200, body: guildState(world, guild) };
  }
  if (sub === "roles" && method === "POST" && !subId) {
    const roleId = snowflake();
    const position = typeof body.position === "number" ? body.position : 1;
    for (const r of guild.roles.values()) if (r.position >= position && r.position > 0) r.position += 1;
    const role = { id: roleId, name: String(body.name ?? "role"), position, managed: body.managed === true, permissions: 0n };
    guild.roles.set(roleId, role);
    return { status: 201, body: serializeRole(role) };
  }
  if (sub === "roles" && method === "DELETE" && subId) {
    if (!guild.roles.delete(subId)) return notFound;
    for (const m of guild.members.values()) m.roles.delete(subId);
    return { status: 204 };
  }
  if (sub === "members") return memberRoute(world, guild, method, subId, leaf, leafId, body);
  return notFound;
}

function userRoute(world: FakeWorld, method: string, id: string | undefined, sub: string | undefined, body: Record<string, unknown>): Reply {
  const { state } = world;
  if (!id && method === "POST") {
    const userId = snowflake();
    const username = typeof body.username === "string" ? body.username : `user_${userId.slice(-8)}`;
    const ttl = typeof body.token_ttl === "number" ? body.token_ttl : 604800;
    state.users.set(userId, { id: userId, username, global_name: null, tokenTtlSeconds: ttl });
    return { status: 201, body: { id: userId, username, token_ttl: ttl } };
  }
  const user = state.users.get(id ?? "");
  if (!user) return notFound;
  if (!sub && method === "PATCH") {
    if (typeof body.token_ttl === "number") user.tokenTtlSeconds = body.token_ttl;
    return { status: 200, body: { id: user.id, username: user.username, token_ttl: user.tokenTtlSeconds } };
  }
  // Tokens as if the user had just approved the app: for tests that do not click through the consent page.
  if (sub === "tokens" && method === "POST") {
    const scope = typeof body.scope === "string" ? body.scope : "identify guilds.join";
    return { status: 201, body: issueTokens(state, { clientId: state.app.clientId, userId: user.id, scope, guildId: null }) };
  }
  return notFound;
}

function memberRoute(
  world: FakeWorld,
  guild: FakeGuild,
  method: string,
  userId: string | undefined,
  leaf: string | undefined,
  roleId: string | undefined,
  body: Record<string, unknown>,
): Reply {
  if (!userId && method === "POST") {
    const id = String(body.user_id ?? "");
    if (!world.state.users.has(id)) return bad("unknown user_id");
    const roles = Array.isArray(body.roles) ? (body.roles as unknown[]).map(String) : [];
    guild.members.set(id, { userId: id, roles: new Set(roles), joinedAt: new Date().toISOString() });
    return { status: 201, body: guildState(world, guild) };
  }
  const member = guild.members.get(userId ?? "");
  if (!member) return notFound;
  if (!leaf && method === "DELETE") {
    guild.members.delete(member.userId);
    return { status: 204 };
  }
  if (leaf === "roles" && roleId && (method === "PUT" || method === "DELETE")) {
    if (method === "PUT") member.roles.add(roleId);
    else member.roles.delete(roleId);
    return { status: 204 };
  }
  return notFound;
}
