import Redis from "ioredis";
import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";
import { rateLimitConfig, type RateLimitConfig } from "@/lib/rate-limit/rate-limit-config";

export type LimiterOptions = {
  keyPrefix: string;
  points: number;
  duration: number;
  /** Seconds a key stays refused once over the limit (0: until the window ends). */
  blockDuration?: number;
};

// One store client per process: Next bundles routes separately, and each bundle would otherwise
// open its own pool or Redis connection.
const shared = globalThis as unknown as { benefactorRateLimitPg?: pg.Pool; benefactorRateLimitRedis?: Map<string, Redis> };

/**
 * A limiter on the configured shared store (rate-limit-config.ts), so every app instance counts
 * together. If the store fails (Redis down, pool exhausted) the request is counted in this
 * process's memory instead of failing: a limiter outage must not take the license API down.
 *
 * Once a key is over its limit, further requests are refused from memory until the window (or
 * block) ends, without a store round trip: a flood costs the store nothing.
 */
export function createRateLimiter(options: LimiterOptions, config: RateLimitConfig = rateLimitConfig()): RateLimiterAbstract {
  const base = {
    keyPrefix: options.keyPrefix,
    points: options.points,
    duration: options.duration,
    blockDuration: options.blockDuration ?? 0,
  };
  if (config.store === "memory") return new RateLimiterMemory(base);
  const store = {
    ...base,
    insuranceLimiter: new RateLimiterMemory(base),
    inMemoryBlockOnConsumed: options.points + 1,
    ...(base.blockDuration > 0 ? { inMemoryBlockDuration: base.blockDuration } : {}),
  };
  if (config.store === "redis") {
    return new RateLimiterRedis({ ...store, storeClient: redisClient(), rejectIfRedisNotReady: true });
  }
  // The table is created by the migrations (Prisma model RateLimit).
  return new RateLimiterPostgres({ ...store, storeClient: pgPool(config.pgPoolMax), tableName: "rate_limits", tableCreated: true });
}

function redisClient(): Redis {
  const url = process.env.REDIS_URL?.trim() || "redis://127.0.0.1:6379";
  const clients = (shared.benefactorRateLimitRedis ??= new Map());
  let client = clients.get(url);
  if (!client) {
    // No offline queue: while Redis is unreachable a command fails at once and the in-memory
    // insurance limiter answers, instead of requests piling up behind a reconnect.
    client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    client.on("error", (err: Error) => console.error("[rate-limit] redis error", err.message));
    clients.set(url, client);
  }
  return client;
}

/** Closes the stores' connections (tests, graceful shutdown). */
export async function closeRateLimitStores(): Promise<void> {
  const redis = [...(shared.benefactorRateLimitRedis?.values() ?? [])];
  shared.benefactorRateLimitRedis = undefined;
  const pool = shared.benefactorRateLimitPg;
  shared.benefactorRateLimitPg = undefined;
  await Promise.all([...redis.map((c) => c.quit().catch(() => c.disconnect())), pool?.end()]);
}

function pgPool(max: number): pg.Pool {
  if (!shared.benefactorRateLimitPg) {
    const pool = new pg.Pool({
      connectionString: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/benefactor_dev",
      max,
      application_name: "benefactor-rate-limit",
    });
    // An idle connection dropped by the server must not crash the process; the next query reconnects.
    pool.on("error", (err) => console.error("[rate-limit] postgres pool error", err.message));
    shared.benefactorRateLimitPg = pool;
  }
  return shared.benefactorRateLimitPg;
}
