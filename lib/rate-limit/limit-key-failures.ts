import { createHash } from "node:crypto";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { createRateLimiter } from "@/lib/rate-limit/create-rate-limiter";
import { rateLimitConfig } from "@/lib/rate-limit/rate-limit-config";
import { isRateLimiterRes, rateLimitedError } from "@/lib/rate-limit/rate-limited-error";

const shared = globalThis as unknown as {
  benefactorKeyFailureLimiter?: RateLimiterAbstract;
  benefactorBlockedKeys?: Map<string, number>;
};

function limiter(): RateLimiterAbstract {
  if (!shared.benefactorKeyFailureLimiter) {
    const { keyFailures } = rateLimitConfig();
    shared.benefactorKeyFailureLimiter = createRateLimiter({
      keyPrefix: "key-failures",
      points: keyFailures.points,
      duration: keyFailures.duration,
      blockDuration: keyFailures.block,
    });
  }
  return shared.benefactorKeyFailureLimiter;
}

// Keys this process has seen refused, until when (epoch ms). Successful checks of a healthy key —
// the hot path — consult only this map: no store round trip. The shared store counts the failures,
// so a key blocked through another instance is refused here at its next failure at the latest.
const blocked = (shared.benefactorBlockedKeys ??= new Map<string, number>());

/**
 * Runs one check of a license key and counts it against that key when `isFailure` says it failed:
 * repeated failures for one key (a revoked key hammered by an app, guessed activation ids) get
 * that key 429 `rate_limited` for the configured block, whatever IP they come from.
 */
export async function limitKeyFailures<T>(
  scope: { organizationId: string; key: string },
  isFailure: (err: unknown) => boolean,
  run: () => Promise<T>,
): Promise<T> {
  // Hashed: the store never holds usable key strings, and any key length fits its column.
  const id = createHash("sha256").update(`${scope.organizationId}\n${scope.key}`).digest("base64url");
  const until = blocked.get(id);
  if (until !== undefined) {
    if (until > Date.now()) throw rateLimitedError(until - Date.now(), "Too many failed checks for this license key");
    blocked.delete(id);
  }
  try {
    return await run();
  } catch (err) {
    if (isFailure(err)) await countFailure(id);
    throw err;
  }
}

async function countFailure(id: string): Promise<void> {
  try {
    await limiter().consume(id);
  } catch (rejection) {
    if (!isRateLimiterRes(rejection)) throw rejection;
    if (blocked.size > 10_000) sweep();
    blocked.set(id, Date.now() + rejection.msBeforeNext);
    throw rateLimitedError(rejection.msBeforeNext, "Too many failed checks for this license key");
  }
}

function sweep() {
  const now = Date.now();
  for (const [id, until] of blocked) if (until <= now) blocked.delete(id);
}
