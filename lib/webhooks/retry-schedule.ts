// When to try a failed delivery again: exponential-ish steps that add up to about a day
// (1 m, 5 m, 30 m, 2 h, 5 h, 10 h, 14 h ≈ 31.5 h after the first attempt), 8 attempts in all.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const RETRY_DELAYS_MS = [1 * MINUTE, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 14 * HOUR] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
// A receiver's Retry-After is honoured when it asks for longer than our schedule, up to this.
const MAX_RETRY_AFTER_MS = 24 * HOUR;

/**
 * The wait before the next attempt after `failedAttempts` failures (1 = the first attempt failed),
 * or null when the schedule is exhausted.
 */
export function nextRetryDelayMs(failedAttempts: number, retryAfterMs: number | null = null): number | null {
  if (failedAttempts >= MAX_ATTEMPTS) return null;
  const scheduled = RETRY_DELAYS_MS[Math.max(0, failedAttempts - 1)];
  return Math.max(scheduled, Math.min(retryAfterMs ?? 0, MAX_RETRY_AFTER_MS));
}

/** A Retry-After header (seconds, or an HTTP date) in milliseconds from `now`; null if absent or invalid. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date has a weekday and month name; Date.parse alone would read "-5" as a year.
  if (!/^[a-z]{3}, /i.test(value)) return null;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
