// Starts the fake GitHub and the fake Discord for tests and the demo, and prints the environment
// the app needs to use them (KEY=value lines, then "fakes ready" on stderr).
//   node_modules/.bin/tsx test/fakes/start-fakes.ts            # runs until killed
//   FAKE_GITHUB_PORT=3401 FAKE_DISCORD_PORT=3402 (defaults); FAKES_HOST (default 127.0.0.1)
//   --json   print one JSON object instead of KEY=value lines
// Programmatic use: `const fakes = await startFakes(); fakes.env; await fakes.close()`.
import { pathToFileURL } from "node:url";
import { discordFakeEnv, startDiscordFake } from "./discord";
import { githubFakeEnv, startGitHubFake } from "./github";

export async function startFakes(options: { githubPort?: number; discordPort?: number } = {}) {
  const githubPort = options.githubPort ?? Number(process.env.FAKE_GITHUB_PORT ?? 3401);
  const discordPort = options.discordPort ?? Number(process.env.FAKE_DISCORD_PORT ?? 3402);
  const host = process.env.FAKES_HOST ?? "127.0.0.1";
  const github = await startGitHubFake({ port: githubPort });
  const discord = await startDiscordFake({ port: discordPort, host }).catch(async (err: unknown) => {
    await github.close();
    throw err;
  });
  const env: Record<string, string> = {
    FAKE_GITHUB_URL: github.url,
    FAKE_DISCORD_URL: discord.url,
    ...(await githubFakeEnv(github.url)),
    ...(await discordFakeEnv(discord.url)),
  };
  return { env, github, discord, close: () => Promise.all([github.close(), discord.close()]).then(() => undefined) };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const fakes = await startFakes();
  if (process.argv.includes("--json")) console.log(JSON.stringify(fakes.env));
  else for (const [key, value] of Object.entries(fakes.env)) console.log(`${key}=${value}`);
  console.error("fakes ready");
  const stop = () => void fakes.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
