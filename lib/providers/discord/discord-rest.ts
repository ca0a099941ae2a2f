import { REST } from "@discordjs/rest";
import { discordApiUrl, discordBotToken, discordTimeoutMs, DISCORD_NOT_CONFIGURED } from "@/lib/providers/discord/discord-env";
import { PermanentJobError } from "@/lib/jobs/job-errors";

// One REST client per (API base, token, timeout) and process: its rate-limit buckets must be
// shared by every call, or concurrent grants would each think they have the whole budget.
const cache = ((globalThis as { benefactorDiscordRest?: Map<string, REST> }).benefactorDiscordRest ??= new Map());

/**
 * The bot's REST client. It waits out 429s itself (Retry-After / X-RateLimit-* headers) and
 * retries a 5xx or a timeout once on the spot; past that the error reaches the job engine, which
 * retries with backoff (see discord-job-error.ts).
 */
export function discordRest(): REST {
  const token = discordBotToken();
  if (!token) throw new PermanentJobError(DISCORD_NOT_CONFIGURED);
  const api = discordApiUrl();
  const timeout = discordTimeoutMs();
  const key = `${api}|${timeout}|${token}`;
  let rest = cache.get(key);
  if (!rest) {
    rest = new REST({ api, timeout, retries: 1 }).setToken(token);
    cache.set(key, rest);
  }
  return rest;
}

/** Forgets the client (after a 401, @discordjs/rest drops its token and would refuse every call). */
export function resetDiscordRest() {
  cache.clear();
}
