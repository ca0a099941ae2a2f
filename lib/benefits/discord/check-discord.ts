import { ApiError, type ValidationIssue } from "@/lib/api/errors";
import type { DiscordProperties } from "@/lib/benefits/discord/properties";
import type { Db } from "@/lib/db";
import { guildRoleReport, type GuildRoleReport } from "@/lib/integrations/discord/guild-role-report";
import { discordCode, DISCORD_CODES } from "@/lib/providers/discord/discord-job-error";
import { isDiscordBotConfigured } from "@/lib/providers/discord/discord-env";

const at = (...path: (string | number)[]) => ["body", "properties", ...path];

/**
 * The server must be one this organization connected (the bot was installed through its link),
 * and every role one the bot can assign: not @everyone, not managed, below the bot's highest role.
 * Role names default to Discord's. Without a bot token nothing can be checked: the benefit is
 * stored as given and its grants fail with "integration not configured".
 */
export async function checkDiscord(db: Db, organizationId: string, parsed: DiscordProperties): Promise<DiscordProperties> {
  if (!isDiscordBotConfigured()) return parsed;
  const connected = await db.organizationIntegration.findFirst({
    where: { organizationId, platform: "discord", kind: "discord_bot", externalId: parsed.guild_id },
    select: { id: true },
  });
  if (!connected) {
    throw ApiError.invalid(at("guild_id"), "This Discord server is not connected: add the Benefactor bot to it from Integrations first");
  }
  const report = await loadReport(parsed.guild_id);
  const issues: ValidationIssue[] = [];
  const roles = parsed.roles.map((wanted, i) => {
    const role = report.roles.find((r) => r.id === wanted.role_id);
    if (!role) issues.push({ loc: at("roles", i, "role_id"), msg: "No such role in this Discord server", type: "value_error" });
    else if (!role.assignable) issues.push({ loc: at("roles", i, "role_id"), msg: `${role.name}: ${role.reason}`, type: "value_error" });
    return { role_id: wanted.role_id, name: wanted.name ?? role?.name ?? null };
  });
  if (parsed.kick_member && !report.canKick) {
    issues.push({ loc: at("kick_member"), msg: "The bot lacks the Kick Members permission in this server", type: "value_error" });
  }
  if (issues.length > 0) throw new ApiError("validation", issues);
  return { ...parsed, roles };
}

// The check runs inside the benefit's transaction (Prisma's default limit is 5 s): a Discord that is
// slow or rate limited is reported as "try again" rather than holding the transaction open.
const CHECK_DEADLINE_MS = 4000;

async function loadReport(guildId: string): Promise<GuildRoleReport> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("Discord did not answer in time")), CHECK_DEADLINE_MS);
  });
  try {
    return await Promise.race([guildRoleReport(guildId), deadline]);
  } catch (err) {
    const code = discordCode(err);
    if (code === DISCORD_CODES.unknownGuild || code === DISCORD_CODES.missingAccess) {
      throw ApiError.invalid(at("guild_id"), "The Benefactor bot is not in this Discord server any more: add it again from Integrations");
    }
    // Discord is down or slow: the roles cannot be checked now. Nothing was saved.
    throw ApiError.invalid(at("guild_id"), "Could not check this server's roles with Discord right now; try again in a moment");
  } finally {
    clearTimeout(timer);
  }
}
