// Per-route rate limit buckets as Discord runs them: a bucket per (route, major parameter), a
// fixed window that starts with its first request, advertised through X-RateLimit-* headers. A
// request that arrives when the advertised bucket is empty is a violation: it gets a 429 (with
// Retry-After and `retry_after`) and is counted, so a bench can show that the client never
// exceeded what it was told.
import { createHash } from "node:crypto";
import type { Reply } from "./http";

export type RateLimitSettings = { enabled: boolean; limit: number; windowMs: number };
type Bucket = { remaining: number; resetAt: number };

export function createRateLimits() {
  const settings: RateLimitSettings = { enabled: false, limit: 10, windowMs: 1000 };
  const buckets = new Map<string, Bucket>();
  const stats = { violations: 0, limited: 0 };

  const bucketHash = (route: string) => createHash("sha1").update(route).digest("hex").slice(0, 16);

  /** Headers to add to the response, or a 429 to answer instead. */
  function take(route: string, major: string): { headers: Record<string, string>; reject?: Reply } {
    if (!settings.enabled) return { headers: {} };
    const key = `${route}|${major}`;
    const now = Date.now();
    let bucket = buckets.get(key);
    if (!bucket || bucket.resetAt <= now) {
      bucket = { remaining: settings.limit, resetAt: now + settings.windowMs };
      buckets.set(key, bucket);
    }
    const resetAfter = (bucket.resetAt - now) / 1000;
    const headers = {
      "x-ratelimit-limit": String(settings.limit),
      "x-ratelimit-reset": (bucket.resetAt / 1000).toFixed(3),
      "x-ratelimit-reset-after": resetAfter.toFixed(3),
      "x-ratelimit-bucket": bucketHash(route),
    };
    if (bucket.remaining <= 0) {
      stats.violations += 1;
      stats.limited += 1;
      return { headers, reject: rateLimited(resetAfter, { ...headers, "x-ratelimit-remaining": "0" }) };
    }
    bucket.remaining -= 1;
    return { headers: { ...headers, "x-ratelimit-remaining": String(bucket.remaining) } };
  }

  function configure(next: Partial<RateLimitSettings>) {
    Object.assign(settings, next);
    buckets.clear();
  }

  return { settings, stats, take, configure };
}

/** Discord's 429: JSON `{message, retry_after, global}` plus Retry-After (seconds, rounded up). */
export function rateLimited(retryAfterSeconds: number, headers: Record<string, string> = {}): Reply {
  return {
    status: 429,
    headers: { ...headers, "retry-after": String(Math.max(1, Math.ceil(retryAfterSeconds))), "x-ratelimit-scope": "user" },
    body: { message: "You are being rate limited.", retry_after: Number(retryAfterSeconds.toFixed(3)), global: false },
  };
}
