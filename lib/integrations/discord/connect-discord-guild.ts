import type { Db } from "@/lib/db";
import { readInstallState } from "@/lib/integrations/discord/install-state";
import { BOT_CALLBACK_PATH } from "@/lib/integrations/discord/bot-install-url";
import { getGuild } from "@/lib/providers/discord/guild-reads";
import { DiscordTokenError, requestDiscordToken } from "@/lib/providers/discord/oauth-token";

export class DiscordInstallError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DiscordInstallError";
  }
}

/**
 * Discord sent the merchant back after they added the bot: the code proves it and names the server
 * (the token response's `guild`), which is then read with the bot's token (it must be there) and
 * stored as the organization's `discord_bot` integration — again on a re-install.
 */
export async function connectDiscordGuild(
  db: Db,
  p: { state: string | null; code: string | null; error: string | null; sessionUserId: string | null; baseUrl: string },
) {
  const state = p.state ? readInstallState(p.state) : null;
  if (!state) throw new DiscordInstallError("This install link expired or is not valid; start again from Integrations");
  if (state.userId !== p.sessionUserId) throw new DiscordInstallError("Sign in as the merchant who started the install, then try again");
  const org = await db.organization.findUnique({ where: { id: state.organizationId }, select: { id: true, slug: true } });
  if (!org) throw new DiscordInstallError("Organization not found");
  if (p.error || !p.code) return { org, guild: null, error: "The bot was not added: Discord reported that the request was cancelled" };
  let token;
  try {
    token = await requestDiscordToken({ grant_type: "authorization_code", code: p.code, redirect_uri: `${p.baseUrl}${BOT_CALLBACK_PATH}` });
  } catch (err) {
    if (err instanceof DiscordTokenError) return { org, guild: null, error: `Discord refused the install: ${err.message}` };
    throw err;
  }
  if (!token.guild?.id) return { org, guild: null, error: "Discord did not say which server the bot was added to" };
  const guild = await getGuild(token.guild.id).catch(() => null);
  if (!guild) return { org, guild: null, error: "The bot cannot see that server; add it again" };
  await db.organizationIntegration.upsert({
    where: { organizationId_platform_externalId: { organizationId: org.id, platform: "discord", externalId: guild.id } },
    create: { organizationId: org.id, platform: "discord", kind: "discord_bot", externalId: guild.id, name: guild.name, checkedAt: new Date() },
    update: { name: guild.name, status: "ok", error: null, checkedAt: new Date() },
  });
  return { org, guild: { id: guild.id, name: guild.name }, error: null };
}
