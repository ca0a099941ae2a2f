import { ApiError } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";
import { getDiscordGuildOrThrow } from "@/lib/integrations/discord/get-discord-guild-or-throw";
import { guildRoleReport } from "@/lib/integrations/discord/guild-role-report";
import { discordCode, DISCORD_CODES } from "@/lib/providers/discord/discord-job-error";
import { isDiscordBotConfigured, DISCORD_NOT_CONFIGURED } from "@/lib/providers/discord/discord-env";

/** The roles of one of the organization's servers, each saying whether a benefit may give it. */
export async function listConnectedGuildRoles(db: DbTx, organizationId: string, guildId: string) {
  const guild = await getDiscordGuildOrThrow(db, organizationId, guildId);
  if (!isDiscordBotConfigured()) throw new ApiError("bad_request", DISCORD_NOT_CONFIGURED);
  try {
    const report = await guildRoleReport(guild.externalId);
    return {
      guild_id: guild.externalId,
      name: guild.name,
      bot_role: report.botRole,
      can_manage_roles: report.canManageRoles,
      can_kick_members: report.canKick,
      can_create_invite: report.canInvite,
      items: report.roles.map((r) => ({ id: r.id, name: r.name, position: r.position, managed: r.managed, assignable: r.assignable, reason: r.reason })),
    };
  } catch (err) {
    const code = discordCode(err);
    if (code === DISCORD_CODES.unknownGuild || code === DISCORD_CODES.missingAccess) {
      throw new ApiError("bad_request", "The Benefactor bot is not in this Discord server any more: add it again from Integrations");
    }
    throw new ApiError("bad_request", "Could not read this server's roles from Discord right now; try again in a moment");
  }
}
