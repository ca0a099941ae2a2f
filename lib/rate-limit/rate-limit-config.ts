import { z } from "zod";

/**
 * The public license API's limits, from the environment (defaults in brackets):
 *  - RATE_LIMIT_STORE [auto]: `redis`, `postgres` or `memory`. Auto picks Redis when REDIS_URL is
 *    set, memory for the embedded database (DATABASE_POOL_MAX=1), PostgreSQL otherwise.
 *  - RATE_LIMIT_IP_POINTS [300] requests per RATE_LIMIT_IP_DURATION [60] seconds, per client IP;
 *    an app instance settles an address's count with the store every RATE_LIMIT_IP_BATCH [10]
 *    requests while it is far from the limit (1: every request; see limit-public-request.ts).
 *  - RATE_LIMIT_KEY_FAILURE_POINTS [10] failed checks per RATE_LIMIT_KEY_FAILURE_DURATION [60]
 *    seconds for one key; past that the key is refused for RATE_LIMIT_KEY_FAILURE_BLOCK [300] s.
 *  - RATE_LIMIT_PG_POOL_MAX [4]: connections of the PostgreSQL store's own pool.
 * A value that is not a positive whole number fails loudly: a typo must not silently disable a limit.
 */
const positiveInt = z.coerce.number().int().positive();

const schema = z.object({
  RATE_LIMIT_STORE: z.enum(["redis", "postgres", "memory"]).optional(),
  RATE_LIMIT_IP_POINTS: positiveInt.default(300),
  RATE_LIMIT_IP_DURATION: positiveInt.default(60),
  RATE_LIMIT_IP_BATCH: positiveInt.default(10),
  RATE_LIMIT_KEY_FAILURE_POINTS: positiveInt.default(10),
  RATE_LIMIT_KEY_FAILURE_DURATION: positiveInt.default(60),
  RATE_LIMIT_KEY_FAILURE_BLOCK: positiveInt.default(300),
  RATE_LIMIT_PG_POOL_MAX: positiveInt.default(4),
});

export type RateLimitStore = "redis" | "postgres" | "memory";

export type RateLimitConfig = {
  store: RateLimitStore;
  ip: { points: number; duration: number; batch: number };
  keyFailures: { points: number; duration: number; block: number };
  pgPoolMax: number;
};

export function rateLimitConfig(env: Record<string, string | undefined> = process.env): RateLimitConfig {
  const blankToUndefined = Object.fromEntries(
    Object.keys(schema.shape).map((k) => [k, env[k]?.trim() ? env[k]?.trim() : undefined]),
  );
  const parsed = schema.safeParse(blankToUndefined);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid rate limit setting ${String(issue.path[0])}: ${issue.message}`);
  }
  const c = parsed.data;
  return {
    store: c.RATE_LIMIT_STORE ?? defaultStore(env),
    ip: { points: c.RATE_LIMIT_IP_POINTS, duration: c.RATE_LIMIT_IP_DURATION, batch: c.RATE_LIMIT_IP_BATCH },
    keyFailures: {
      points: c.RATE_LIMIT_KEY_FAILURE_POINTS,
      duration: c.RATE_LIMIT_KEY_FAILURE_DURATION,
      block: c.RATE_LIMIT_KEY_FAILURE_BLOCK,
    },
    pgPoolMax: c.RATE_LIMIT_PG_POOL_MAX,
  };
}

function defaultStore(env: Record<string, string | undefined>): RateLimitStore {
  if (env.REDIS_URL?.trim()) return "redis";
  // The embedded PGlite server (the dev script sets DATABASE_POOL_MAX=1 for it) serves a single
  // connection reliably; the PostgreSQL store's own pool would open more and break it. The dev
  // server is one process, so an in-memory store loses nothing there.
  if (env.DATABASE_POOL_MAX?.trim() === "1") return "memory";
  return "postgres";
}
