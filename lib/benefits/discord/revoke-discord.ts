import type { DiscordGrantRecord } from "@/lib/benefits/discord/grant-record";
import { heldElsewhere } from "@/lib/benefits/discord/held-elsewhere";
import type { DbTx } from "@/lib/db";
import { PermanentJobError } from "@/lib/jobs/job-errors";
import { discordCode, discordJobError, DISCORD_CODES } from "@/lib/providers/discord/discord-job-error";
import { isDiscordBotConfigured, DISCORD_NOT_CONFIGURED } from "@/lib/providers/discord/discord-env";
import { kickGuildMember } from "@/lib/providers/discord/kick-guild-member";
import { removeMemberRole } from "@/lib/providers/discord/member-roles";

/**
 * Takes back what a grant recorded — its roles, or the membership when `kick_member` was set —
 * except what another of the customer's delivered grants still gives. `onlyRoles` narrows it to
 * some roles (a benefit edit dropped them). A member who already left, or a role already deleted,
 * leaves nothing to take back.
 */
export async function revokeDiscord(
  tx: DbTx,
  grant: { id: string; customerId: string },
  record: DiscordGrantRecord,
  options: { onlyRoles?: string[]; allowKick?: boolean } = {},
) {
  if (!isDiscordBotConfigured()) throw new PermanentJobError(DISCORD_NOT_CONFIGURED);
  const kept = await heldElsewhere(tx, { grantId: grant.id, customerId: grant.customerId, guildId: record.guild_id, userId: record.user_id });
  try {
    if (record.kick_member && options.allowKick !== false && !kept.keepsMember) {
      await ignoreGone(kickGuildMember(record.guild_id, record.user_id, "Benefactor: benefit revoked"));
      return;
    }
    const roles = options.onlyRoles ?? record.roles.map((r) => r.role_id);
    for (const roleId of roles) {
      if (kept.roleIds.has(roleId)) continue;
      await ignoreGone(removeMemberRole(record.guild_id, record.user_id, roleId, "Benefactor: benefit revoked"));
    }
  } catch (err) {
    throw discordJobError(err, record.guild_id);
  }
}

async function ignoreGone(call: Promise<void>) {
  try {
    await call;
  } catch (err) {
    const code = discordCode(err);
    if (code === DISCORD_CODES.unknownMember || code === DISCORD_CODES.unknownRole) return;
    throw err;
  }
}
