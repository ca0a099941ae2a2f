// The fake Discord's world: one application (with its bot), users, guilds with roles and members,
// OAuth codes and tokens. Plain maps, so tests can read exactly what the app did.

// https://discord.com/developers/docs/topics/permissions
export const PERMISSIONS = {
  CREATE_INSTANT_INVITE: 1n << 0n,
  KICK_MEMBERS: 1n << 1n,
  ADMINISTRATOR: 1n << 3n,
  MANAGE_ROLES: 1n << 28n,
} as const;
export const DEFAULT_BOT_PERMISSIONS = PERMISSIONS.CREATE_INSTANT_INVITE | PERMISSIONS.KICK_MEMBERS | PERMISSIONS.MANAGE_ROLES;

export type FakeUser = { id: string; username: string; global_name: string | null; bot?: boolean; tokenTtlSeconds: number };
export type FakeRole = { id: string; name: string; position: number; managed: boolean; permissions: bigint; botId?: string };
export type FakeMember = { userId: string; roles: Set<string>; joinedAt: string };
export type FakeGuild = {
  id: string;
  name: string;
  ownerId: string;
  roles: Map<string, FakeRole>;
  members: Map<string, FakeMember>;
  /** The bot's managed role (its highest), once the bot is in the guild. */
  botRoleId: string | null;
};
export type FakeGrant = { clientId: string; userId: string; scope: string; guildId: string | null };

let counter = 0n;
const DISCORD_EPOCH = 1420070400000n;

/** A Discord snowflake (18–19 digits), unique within this process. */
export function snowflake(): string {
  counter = (counter + 1n) % 4096n;
  return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (BigInt(process.pid % 1024) << 12n) | counter);
}

export type FakeApp = { clientId: string; clientSecret: string; botToken: string; botUserId: string };

export function createState(app: Omit<FakeApp, "botUserId">) {
  // As on Discord, the bot user's id is the application's id.
  const botUser: FakeUser = { id: app.clientId, username: "Benefactor Bot", global_name: null, bot: true, tokenTtlSeconds: 0 };
  return {
    app: { ...app, botUserId: botUser.id } as FakeApp,
    users: new Map<string, FakeUser>([[botUser.id, botUser]]),
    guilds: new Map<string, FakeGuild>(),
    codes: new Map<string, FakeGrant & { redirectUri: string; expiresAt: number }>(),
    accessTokens: new Map<string, FakeGrant & { expiresAt: number }>(),
    refreshTokens: new Map<string, FakeGrant>(),
  };
}
export type FakeState = ReturnType<typeof createState>;

export function createGuild(
  state: FakeState,
  input: {
    name: string;
    roles?: { name: string; managed?: boolean; id?: string }[];
    bot?: boolean;
    botPermissions?: bigint;
    botRolePosition?: number;
    id?: string;
  },
): FakeGuild {
  const ownerId = snowflake();
  state.users.set(ownerId, { id: ownerId, username: `owner-${ownerId.slice(-6)}`, global_name: null, tokenTtlSeconds: 604800 });
  const id = input.id ?? snowflake();
  const guild: FakeGuild = { id, name: input.name, ownerId, roles: new Map(), members: new Map(), botRoleId: null };
  // @everyone has the guild's id and position 0.
  guild.roles.set(id, { id, name: "@everyone", position: 0, managed: false, permissions: 0n });
  guild.members.set(ownerId, { userId: ownerId, roles: new Set(), joinedAt: new Date().toISOString() });
  (input.roles ?? []).forEach((r, i) => {
    const roleId = r.id ?? snowflake();
    guild.roles.set(roleId, { id: roleId, name: r.name, position: i + 1, managed: r.managed ?? false, permissions: 0n });
  });
  state.guilds.set(id, guild);
  if (input.bot !== false) addBot(state, guild, input.botPermissions ?? DEFAULT_BOT_PERMISSIONS, input.botRolePosition);
  return guild;
}

/** The bot joins (install link approved): a managed role named after it, above the others unless placed. */
export function addBot(state: FakeState, guild: FakeGuild, permissions: bigint, position?: number) {
  if (guild.botRoleId) {
    guild.roles.get(guild.botRoleId)!.permissions = permissions;
    return;
  }
  const top = Math.max(...[...guild.roles.values()].map((r) => r.position));
  const pos = position ?? top + 1;
  for (const r of guild.roles.values()) if (r.position >= pos) r.position += 1;
  const roleId = snowflake();
  guild.roles.set(roleId, { id: roleId, name: "Benefactor Bot", position: pos, managed: true, permissions, botId: state.app.botUserId });
  guild.botRoleId = roleId;
  guild.members.set(state.app.botUserId, { userId: state.app.botUserId, roles: new Set([roleId]), joinedAt: new Date().toISOString() });
}

export function botHighestPosition(guild: FakeGuild): number {
  return guild.botRoleId ? guild.roles.get(guild.botRoleId)!.position : -1;
}

export function botPermissions(guild: FakeGuild): bigint {
  return guild.botRoleId ? guild.roles.get(guild.botRoleId)!.permissions : 0n;
}

export function memberHighestPosition(guild: FakeGuild, member: FakeMember): number {
  return Math.max(0, ...[...member.roles].map((r) => guild.roles.get(r)?.position ?? 0));
}

export function serializeRole(r: FakeRole) {
  return {
    id: r.id,
    name: r.name,
    color: 0,
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: r.position,
    permissions: String(r.permissions),
    managed: r.managed,
    mentionable: false,
    flags: 0,
    ...(r.botId ? { tags: { bot_id: r.botId } } : {}),
  };
}

export function serializeUser(u: FakeUser) {
  return { id: u.id, username: u.username, global_name: u.global_name, discriminator: "0", avatar: null, ...(u.bot ? { bot: true } : {}) };
}

export function serializeMember(state: FakeState, m: FakeMember) {
  return {
    user: serializeUser(state.users.get(m.userId)!),
    nick: null,
    avatar: null,
    roles: [...m.roles],
    joined_at: m.joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
  };
}

export function serializeGuild(g: FakeGuild) {
  return {
    id: g.id,
    name: g.name,
    icon: null,
    owner_id: g.ownerId,
    roles: [...g.roles.values()].sort((a, b) => a.position - b.position).map(serializeRole),
    features: [],
    approximate_member_count: g.members.size,
  };
}

// The seed's Discord benefit (prisma/seed.ts) names these ids: the fake always has that server, so
// `npm run dev` against the fakes can deliver it once the demo organization has it connected.
export const DEMO_GUILD = { id: "123456789012345678", name: "Demo Server", roleId: "987654321098765432", roleName: "Premium" };

export function createDemoWorld(state: FakeState) {
  createGuild(state, { id: DEMO_GUILD.id, name: DEMO_GUILD.name, roles: [{ id: DEMO_GUILD.roleId, name: DEMO_GUILD.roleName }] });
  const userId = snowflake();
  state.users.set(userId, { id: userId, username: "demo_customer", global_name: "Demo Customer", tokenTtlSeconds: 604800 });
}
