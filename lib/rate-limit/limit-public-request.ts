import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { createRateLimiter } from "@/lib/rate-limit/create-rate-limiter";
import { rateLimitConfig, type RateLimitConfig } from "@/lib/rate-limit/rate-limit-config";
import { isRateLimiterRes, rateLimitedError } from "@/lib/rate-limit/rate-limited-error";

/** This process's view of one address: requests not yet counted in the store, and what the store said last. */
type Tally = { pending: number; remaining: number; resetAt: number; blockedUntil: number };

const shared = globalThis as unknown as {
  benefactorIpLimiter?: { limiter: RateLimiterAbstract; config: RateLimitConfig; tallies: Map<string, Tally> };
};

function state() {
  if (!shared.benefactorIpLimiter) {
    const config = rateLimitConfig();
    const limiter = createRateLimiter({ keyPrefix: "ip", points: config.ip.points, duration: config.ip.duration });
    shared.benefactorIpLimiter = { limiter, config, tallies: new Map() };
  }
  return shared.benefactorIpLimiter;
}

/**
 * Counts one public request for the client's IP; throws 429 (`rate_limited`) once it is over.
 *
 * The store round trip would otherwise be part of every license check (and, for one busy address,
 * a write to one hot row). So while an address is far from its limit, this process counts its
 * requests in memory and settles them with the shared store every RATE_LIMIT_IP_BATCH requests;
 * within two batches of the limit it settles every request. So an instance lets at most a batch - 1
 * requests past the limit (only in a burst that arrives before the store's answer), and each
 * instance may hold up to a batch - 1 uncounted requests per address: the price of not paying a
 * round trip per request. RATE_LIMIT_IP_BATCH=1 counts every request in the store. Once refused,
 * the address is refused from memory until its window ends.
 */
export async function limitPublicRequest(ip: string): Promise<void> {
  const { limiter, config, tallies } = state();
  const now = Date.now();
  let tally = tallies.get(ip);
  if (!tally || tally.resetAt <= now) {
    if (tallies.size > 10_000) sweep(tallies, now);
    // Unknown until the store answers: the first requests settle one by one.
    tally = { pending: 0, remaining: 0, resetAt: Number.POSITIVE_INFINITY, blockedUntil: 0 };
    tallies.set(ip, tally);
  }
  if (tally.blockedUntil > now) throw refused(tally.blockedUntil - now);

  tally.pending += 1;
  const batch = config.ip.batch;
  if (tally.pending < batch && tally.remaining >= 2 * batch) return;
  const points = tally.pending;
  tally.pending = 0;
  try {
    const res = await limiter.consume(ip, points);
    tally.remaining = res.remainingPoints;
    tally.resetAt = now + res.msBeforeNext;
  } catch (rejection) {
    if (!isRateLimiterRes(rejection)) throw rejection;
    tally.remaining = 0;
    tally.blockedUntil = tally.resetAt = Date.now() + rejection.msBeforeNext;
    throw refused(rejection.msBeforeNext);
  }
}

function refused(ms: number) {
  return rateLimitedError(ms, "Too many requests from this address");
}

function sweep(tallies: Map<string, Tally>, now: number) {
  for (const [ip, t] of tallies) if (t.resetAt <= now) tallies.delete(ip);
}
