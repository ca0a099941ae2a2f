// Discord settings from the environment, read on every call so tests and the fakes can point the
// app elsewhere without a restart of the module graph.

/** REST base without the version, e.g. https://discord.com/api (a fake: http://127.0.0.1:3402/api). */
export function discordApiUrl(): string {
  return (process.env.DISCORD_API_URL || "https://discord.com/api").replace(/\/+$/, "");
}

/** Discord's web origin (authorize pages live at /oauth2/authorize), derived from the API base. */
export function discordWebUrl(): string {
  return discordApiUrl().replace(/\/api$/, "");
}

export const discordBotToken = () => process.env.DISCORD_BOT_TOKEN || null;
export const discordClientId = () => process.env.DISCORD_CLIENT_ID || null;
export const discordClientSecret = () => process.env.DISCORD_CLIENT_SECRET || null;

/** Milliseconds before one Discord request is abandoned (then retried by the engine). */
export function discordTimeoutMs(): number {
  const value = Number(process.env.DISCORD_REQUEST_TIMEOUT_MS);
  return Number.isFinite(value) && value > 0 ? value : 15_000;
}

export const isDiscordBotConfigured = () => discordBotToken() !== null;
export const isDiscordOAuthConfigured = () => discordClientId() !== null && discordClientSecret() !== null;

export const DISCORD_NOT_CONFIGURED =
  "Discord integration not configured: set DISCORD_BOT_TOKEN (and DISCORD_CLIENT_ID / DISCORD_CLIENT_SECRET for customer accounts)";
