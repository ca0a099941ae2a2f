import { discordApiUrl, discordClientId, discordClientSecret, discordTimeoutMs } from "@/lib/providers/discord/discord-env";

export type DiscordTokenResponse = {
  access_token: string;
  token_type: string;
  expires_in: number;
  refresh_token: string;
  scope: string;
  /** Present on a bot install (scope `bot`): the server the bot was added to. */
  guild?: { id: string; name: string };
};

/** Why the token endpoint said no: a bad or used code / refresh token, bad client credentials, or an outage. */
export class DiscordTokenError extends Error {
  constructor(
    readonly kind: "invalid_grant" | "invalid_client" | "unavailable",
    message: string,
  ) {
    super(message);
    this.name = "DiscordTokenError";
  }
}

/** POST /oauth2/token (authorization_code or refresh_token), client credentials in the body. */
export async function requestDiscordToken(params: Record<string, string>): Promise<DiscordTokenResponse> {
  const body = new URLSearchParams({ ...params, client_id: discordClientId() ?? "", client_secret: discordClientSecret() ?? "" });
  let res: Response;
  try {
    res = await fetch(`${discordApiUrl()}/v10/oauth2/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body,
      signal: AbortSignal.timeout(discordTimeoutMs()),
    });
  } catch (err) {
    throw new DiscordTokenError("unavailable", `Could not reach Discord (${err instanceof Error ? err.message : String(err)})`);
  }
  const json = (await res.json().catch(() => null)) as (Partial<DiscordTokenResponse> & { error?: string; error_description?: string }) | null;
  if (res.ok && json?.access_token) return json as DiscordTokenResponse;
  if (res.status === 429 || res.status >= 500 || !json) throw new DiscordTokenError("unavailable", `Discord answered ${res.status}`);
  const kind = json.error === "invalid_client" || res.status === 401 ? "invalid_client" : "invalid_grant";
  throw new DiscordTokenError(kind, json.error_description ?? json.error ?? `Discord answered ${res.status}`);
}
