/** How long to wait before retrying a job that failed with an unexpected error. */
export type Backoff = (attempts: number) => number;

const BASE_MS = 1_000;
const CAP_MS = 5 * 60_000;

/**
 * Exponential backoff with ±20 % jitter: about 1 s, 2 s, 4 s … after attempts 1, 2, 3 …, never
 * above 5 minutes. Jitter spreads the retries of jobs that failed together (a provider outage)
 * so they do not all come back in the same instant.
 */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  // Clamp the exponent: 2 ** 1000 is Infinity and attempts can grow without bound.
  const exponent = Math.min(Math.max(attempts, 1) - 1, 30);
  const delay = Math.min(BASE_MS * 2 ** exponent, CAP_MS);
  return Math.min(Math.round(delay * (0.8 + 0.4 * random())), CAP_MS);
}
