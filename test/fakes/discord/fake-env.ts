/**
 * The environment an app (or a test process) needs to use a running fake Discord: the API base,
 * the bot token and the OAuth client. Read over HTTP so it works from any process that knows the
 * fake's URL.
 */
export async function discordFakeEnv(fakeUrl: string): Promise<Record<string, string>> {
  const res = await fetch(`${fakeUrl}/_fake/app`);
  if (!res.ok) throw new Error(`The fake Discord at ${fakeUrl} answered ${res.status}`);
  const app = (await res.json()) as { client_id: string; client_secret: string; bot_token: string };
  return {
    DISCORD_API_URL: `${fakeUrl}/api`,
    DISCORD_BOT_TOKEN: app.bot_token,
    DISCORD_CLIENT_ID: app.client_id,
    DISCORD_CLIENT_SECRET: app.client_secret,
  };
}
