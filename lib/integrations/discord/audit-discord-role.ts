import { ApiError } from "@/lib/api/errors";
import { readGrantRecord } from "@/lib/benefits/discord/grant-record";
import type { DbTx } from "@/lib/db";
import { getDiscordGuildOrThrow } from "@/lib/integrations/discord/get-discord-guild-or-throw";
import { isDiscordBotConfigured, DISCORD_NOT_CONFIGURED } from "@/lib/providers/discord/discord-env";
import { listGuildMembers, listGuildRoles } from "@/lib/providers/discord/guild-reads";

export type RoleHolder = {
  customer_id: string;
  customer_email: string;
  discord_user_id: string;
  discord_username: string | null;
  grant_ids: string[];
  /** After a check: the member has the role, left the server, or lost the role by hand. */
  status: "unchecked" | "ok" | "left_server" | "role_removed";
};
export type RoleAudit = {
  guild: { id: string; name: string | null };
  role: { id: string; name: string | null };
  holders: RoleHolder[];
  /** After a check: members with the role that no Benefactor grant gives (added by hand). */
  not_granted: { discord_user_id: string; discord_username: string }[] | null;
  checked_at: string | null;
};

/**
 * Who holds a Discord role through Benefactor (delivered grants that recorded it) and, with
 * `check`, how that compares with the members Discord reports having the role.
 */
export async function auditDiscordRole(db: DbTx, organizationId: string, guildId: string, roleId: string, options: { check?: boolean } = {}): Promise<RoleAudit> {
  const guild = await getDiscordGuildOrThrow(db, organizationId, guildId);
  const grants = await db.benefitGrant.findMany({
    where: { organizationId, status: "granted", benefit: { type: "discord" }, properties: { path: ["guild_id"], equals: guildId } },
    select: { id: true, properties: true, customer: { select: { id: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  const byUser = new Map<string, RoleHolder>();
  let roleName: string | null = null;
  for (const g of grants) {
    const record = readGrantRecord((g.properties ?? {}) as Record<string, unknown>);
    const role = record?.roles.find((r) => r.role_id === roleId);
    if (!record || !role) continue;
    roleName ??= role.name;
    const holder = byUser.get(record.user_id) ?? {
      customer_id: g.customer.id,
      customer_email: g.customer.email,
      discord_user_id: record.user_id,
      discord_username: record.username,
      grant_ids: [],
      status: "unchecked" as const,
    };
    holder.grant_ids.push(g.id);
    byUser.set(record.user_id, holder);
  }
  const holders = [...byUser.values()];
  const audit: RoleAudit = { guild: { id: guildId, name: guild.name }, role: { id: roleId, name: roleName }, holders, not_granted: null, checked_at: null };
  if (!options.check) return audit;
  if (!isDiscordBotConfigured()) throw new ApiError("bad_request", DISCORD_NOT_CONFIGURED);
  const [members, roles] = await Promise.all([listGuildMembers(guild.externalId), listGuildRoles(guild.externalId)]).catch(() => {
    throw new ApiError("bad_request", "Could not read this server's members from Discord right now; try again in a moment");
  });
  const role = roles.find((r) => r.id === roleId);
  if (!role) throw ApiError.notFound("Discord role");
  audit.role.name = role.name;
  const inGuild = new Map(members.map((m) => [m.user.id, m]));
  for (const h of holders) {
    const member = inGuild.get(h.discord_user_id);
    h.status = !member ? "left_server" : member.roles.includes(roleId) ? "ok" : "role_removed";
  }
  audit.not_granted = members
    .filter((m) => m.roles.includes(roleId) && !m.user.bot && !byUser.has(m.user.id))
    .map((m) => ({ discord_user_id: m.user.id, discord_username: m.user.username }));
  audit.checked_at = new Date().toISOString();
  return audit;
}
