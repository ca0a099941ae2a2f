import { discordClientId, discordWebUrl } from "@/lib/providers/discord/discord-env";

// Create Instant Invite (add members with their token), Kick Members (kick_member), Manage Roles.
export const BOT_PERMISSIONS = String((1n << 0n) | (1n << 1n) | (1n << 28n));

/** The path Discord sends the merchant back to once the bot is added. */
export const BOT_CALLBACK_PATH = "/v1/integrations/discord/bot-callback";

/** Discord's "add the bot to a server" link, asking for exactly the permissions grants need. */
export function botInstallUrl(p: { state: string; baseUrl: string }): string | null {
  const clientId = discordClientId();
  if (!clientId) return null;
  const url = new URL(`${discordWebUrl()}/oauth2/authorize`);
  url.search = new URLSearchParams({
    client_id: clientId,
    scope: "bot applications.commands",
    permissions: BOT_PERMISSIONS,
    response_type: "code",
    redirect_uri: `${p.baseUrl}${BOT_CALLBACK_PATH}`,
    state: p.state,
  }).toString();
  return url.toString();
}
