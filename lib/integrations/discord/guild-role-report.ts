import type { APIRole } from "discord-api-types/v10";
import { getBotUser, getGuildMember, listGuildRoles } from "@/lib/providers/discord/guild-reads";

const PERMISSION = { createInvite: 1n << 0n, kick: 1n << 1n, administrator: 1n << 3n, manageRoles: 1n << 28n };

export type RoleCheck = {
  id: string;
  name: string;
  position: number;
  managed: boolean;
  /** The bot can give this role to a member; otherwise `reason` says why not. */
  assignable: boolean;
  reason: string | null;
};

export type GuildRoleReport = {
  botRole: { id: string; name: string; position: number } | null;
  canManageRoles: boolean;
  canKick: boolean;
  canInvite: boolean;
  roles: RoleCheck[];
};

/**
 * The guild's roles as the bot sees them: which it can assign and why not. Discord lets a bot
 * give only roles below its own highest role, never @everyone nor a managed role (a bot's or an
 * integration's, such as the booster role), and only with Manage Roles.
 */
export async function guildRoleReport(guildId: string): Promise<GuildRoleReport> {
  const [roles, bot] = await Promise.all([listGuildRoles(guildId), getBotUser()]);
  const member = await getGuildMember(guildId, bot.id);
  const botRoles = roles.filter((r) => member?.roles.includes(r.id));
  const top = botRoles.reduce<APIRole | null>((best, r) => (!best || r.position > best.position ? r : best), null);
  const everyone = roles.find((r) => r.id === guildId);
  const permissions = [everyone, ...botRoles].reduce((acc, r) => acc | BigInt(r?.permissions ?? "0"), 0n);
  const has = (bit: bigint) => (permissions & PERMISSION.administrator) !== 0n || (permissions & bit) !== 0n;
  const canManageRoles = has(PERMISSION.manageRoles);
  const botPosition = top?.position ?? 0;
  const reasonFor = (r: APIRole): string | null => {
    if (r.id === guildId) return "@everyone belongs to every member and cannot be assigned";
    if (r.managed) return "This role is managed by an integration (a bot, boosts or a subscription); Discord does not let anyone assign it";
    if (!canManageRoles) return "The bot lacks the Manage Roles permission in this server";
    if (r.position >= botPosition)
      return `This role is at or above the bot's highest role${top ? ` (${top.name})` : ""}: move the bot's role above it in Server Settings → Roles`;
    return null;
  };
  return {
    botRole: top ? { id: top.id, name: top.name, position: top.position } : null,
    canManageRoles,
    canKick: has(PERMISSION.kick),
    canInvite: has(PERMISSION.createInvite),
    roles: roles.map((r) => {
      const reason = reasonFor(r);
      return { id: r.id, name: r.name, position: r.position, managed: r.managed, assignable: reason === null, reason };
    }),
  };
}
