import { DiscordAPIError, HTTPError } from "@discordjs/rest";
import { ActionRequiredError } from "@/lib/grants/action-required-error";
import { PermanentJobError, RetryableJobError } from "@/lib/jobs/job-errors";
import { resetDiscordRest } from "@/lib/providers/discord/discord-rest";

// Discord's JSON error codes we act on: https://discord.com/developers/docs/topics/opcodes-and-status-codes
export const DISCORD_CODES = {
  unknownGuild: 10004,
  unknownMember: 10007,
  unknownRole: 10011,
  missingAccess: 50001,
  missingPermissions: 50013,
  invalidOAuthToken: 50025,
  invalidFormBody: 50035,
} as const;

export function discordCode(err: unknown): number | null {
  return err instanceof DiscordAPIError && typeof err.code === "number" ? err.code : null;
}

/**
 * What the job engine should do with a failed Discord call. 429s never get here (the REST client
 * waits them out); 5xx, timeouts and network errors are transient; a refused bot token, a server
 * the bot left, a missing permission are the merchant's to fix; an invalid customer token is the
 * customer's. `where` names the server for the message.
 */
export function discordJobError(err: unknown, where: string): Error {
  if (err instanceof PermanentJobError || err instanceof RetryableJobError) return err;
  if (err instanceof HTTPError) return new RetryableJobError(`Discord answered ${err.status} ${err.message}; retrying`);
  if (err instanceof DiscordAPIError) {
    if (err.status === 401) {
      resetDiscordRest();
      return new PermanentJobError("Discord refused the bot token: check DISCORD_BOT_TOKEN, then retry");
    }
    switch (err.code) {
      case DISCORD_CODES.unknownGuild:
      case DISCORD_CODES.missingAccess:
        return new PermanentJobError(`The Benefactor bot is not in the Discord server ${where} any more: add it again from Integrations, then retry`);
      case DISCORD_CODES.missingPermissions:
        return new PermanentJobError(
          `The Benefactor bot lacks a permission in the Discord server ${where}: it needs Manage Roles, Create Instant Invite and Kick Members, and its role must be above the roles it assigns. Fix it in Server Settings → Roles, then retry`,
        );
      case DISCORD_CODES.invalidOAuthToken:
        return new ActionRequiredError("Your Discord authorization expired or was revoked: connect your Discord account again");
    }
    return new PermanentJobError(`Discord refused the request in server ${where}: ${err.message} (${err.status}, code ${String(err.code)})`);
  }
  if (err instanceof Error && (err.name === "AbortError" || err.name === "TimeoutError")) {
    return new RetryableJobError("Discord did not answer in time; retrying");
  }
  if (err instanceof TypeError || (err instanceof Error && "code" in err)) {
    return new RetryableJobError(`Could not reach Discord (${err.message}); retrying`);
  }
  return err instanceof Error ? err : new Error(String(err));
}
