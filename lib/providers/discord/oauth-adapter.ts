import { OAuthExchangeError } from "@/lib/accounts/oauth-exchange-error";
import type { OAuthPlatformAdapter } from "@/lib/accounts/oauth-platform";
import { discordApiUrl, discordClientId, discordTimeoutMs, discordWebUrl, isDiscordOAuthConfigured } from "@/lib/providers/discord/discord-env";
import { DiscordTokenError, requestDiscordToken } from "@/lib/providers/discord/oauth-token";

/** `identify` to know who the customer is, `guilds.join` so the bot can add them to the server. */
export const DISCORD_CUSTOMER_SCOPES = "identify guilds.join";

/** Discord OAuth for customers: the account id and a refreshable token the bot joins them with. */
export const discordOAuthAdapter: OAuthPlatformAdapter = {
  platform: "discord",
  label: "Discord",
  isConfigured: isDiscordOAuthConfigured,
  authorizeUrl({ state, redirectUri }) {
    const clientId = discordClientId();
    if (!clientId) throw new OAuthExchangeError("Discord sign-in is not configured");
    const url = new URL(`${discordWebUrl()}/oauth2/authorize`);
    url.search = new URLSearchParams({
      client_id: clientId,
      response_type: "code",
      redirect_uri: redirectUri,
      scope: DISCORD_CUSTOMER_SCOPES,
      state,
      prompt: "consent",
    }).toString();
    return url.toString();
  },
  async exchangeCode({ code, redirectUri }) {
    if (!isDiscordOAuthConfigured()) throw new OAuthExchangeError("Discord sign-in is not configured");
    let token;
    try {
      token = await requestDiscordToken({ grant_type: "authorization_code", code, redirect_uri: redirectUri });
    } catch (err) {
      if (err instanceof DiscordTokenError) throw new OAuthExchangeError(`Discord refused the sign-in: ${err.message}`);
      throw err;
    }
    if (!token.scope.split(" ").includes("guilds.join")) {
      throw new OAuthExchangeError("Discord did not grant the “join servers for you” permission; connect again and keep it checked");
    }
    const res = await fetch(`${discordApiUrl()}/v10/users/@me`, {
      headers: { authorization: `Bearer ${token.access_token}`, accept: "application/json" },
      signal: AbortSignal.timeout(discordTimeoutMs()),
    }).catch(() => null);
    if (!res?.ok) throw new OAuthExchangeError(`Discord answered ${res?.status ?? "nothing"} when reading your profile`);
    const user = (await res.json()) as { id?: string; username?: string; global_name?: string | null };
    if (typeof user.id !== "string" || typeof user.username !== "string") throw new OAuthExchangeError("Discord returned no user");
    return {
      accountId: user.id,
      username: user.username,
      accessToken: token.access_token,
      refreshToken: token.refresh_token ?? null,
      expiresAt: new Date(Date.now() + token.expires_in * 1000),
      scope: token.scope,
    };
  },
  benefitTypes: ["discord"],
};
