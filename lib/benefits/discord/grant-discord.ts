import { getCustomerAccount } from "@/lib/accounts/get-customer-account";
import { grantRecord, type DiscordGrantRecord } from "@/lib/benefits/discord/grant-record";
import type { DiscordProperties } from "@/lib/benefits/discord/properties";
import type { StrategyContext } from "@/lib/benefits/strategy";
import { ActionRequiredError } from "@/lib/grants/action-required-error";
import { PermanentJobError } from "@/lib/jobs/job-errors";
import { addGuildMember } from "@/lib/providers/discord/add-guild-member";
import { discordCode, discordJobError, DISCORD_CODES } from "@/lib/providers/discord/discord-job-error";
import { isDiscordBotConfigured, DISCORD_NOT_CONFIGURED } from "@/lib/providers/discord/discord-env";
import { freshAccessToken } from "@/lib/providers/discord/fresh-access-token";
import { listGuildRoles } from "@/lib/providers/discord/guild-reads";
import { addMemberRole } from "@/lib/providers/discord/member-roles";

/**
 * Puts the customer's Discord account in the server with the benefit's roles: PUT member with the
 * roles (201: joined with them), or — already a member (204), where Discord ignores `roles` — PUT
 * each role. Both are idempotent, so a re-run after a crash changes nothing.
 */
export async function grantDiscord(ctx: StrategyContext<DiscordProperties>): Promise<DiscordGrantRecord> {
  if (!isDiscordBotConfigured()) throw new PermanentJobError(DISCORD_NOT_CONFIGURED);
  const p = ctx.benefit.properties;
  const account = await getCustomerAccount(ctx.tx, ctx.customer.id, "discord");
  if (!account) throw new ActionRequiredError("Connect your Discord account to receive this benefit");
  const accessToken = await freshAccessToken(ctx.tx, account);
  const roleIds = p.roles.map((r) => r.role_id);
  try {
    const { joined } = await addGuildMember({ guildId: p.guild_id, userId: account.accountId, accessToken, roleIds });
    if (!joined) {
      for (const roleId of roleIds) await addMemberRole(p.guild_id, account.accountId, roleId, "Benefactor: benefit granted");
    }
    return grantRecord(p, account, joined);
  } catch (err) {
    throw await explainRoleError(err, p);
  }
}

/** A deleted role gets a message naming it, so the merchant knows which one to replace. */
async function explainRoleError(err: unknown, p: DiscordProperties): Promise<Error> {
  const code = discordCode(err);
  if (code !== DISCORD_CODES.unknownRole && code !== DISCORD_CODES.invalidFormBody) return discordJobError(err, p.guild_id);
  const existing = new Set(await listGuildRoles(p.guild_id).then((roles) => roles.map((r) => r.id), () => []));
  const missing = p.roles.filter((r) => !existing.has(r.role_id)).map((r) => (r.name ? `${r.name} (${r.role_id})` : r.role_id));
  if (missing.length === 0) return discordJobError(err, p.guild_id);
  return new PermanentJobError(
    `The Discord role ${missing.join(", ")} no longer exists in server ${p.guild_id}: edit the benefit to pick an existing role, then retry`,
  );
}
