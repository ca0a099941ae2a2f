import { describe, expect, test } from "vitest";
import { rateLimitConfig } from "./rate-limit-config";

describe("rateLimitConfig", () => {
  test("defaults: PostgreSQL store, 300 requests a minute per IP, 10 failures a minute per key then a 5-minute block", () => {
    expect(rateLimitConfig({})).toEqual({
      store: "postgres",
      ip: { points: 300, duration: 60, batch: 10 },
      keyFailures: { points: 10, duration: 60, block: 300 },
      pgPoolMax: 4,
    });
  });

  test("Redis when REDIS_URL is set; memory for the embedded database; RATE_LIMIT_STORE wins", () => {
    expect(rateLimitConfig({ REDIS_URL: "redis://127.0.0.1:6379" }).store).toBe("redis");
    expect(rateLimitConfig({ DATABASE_POOL_MAX: "1" }).store).toBe("memory");
    expect(rateLimitConfig({ DATABASE_POOL_MAX: "10" }).store).toBe("postgres");
    expect(rateLimitConfig({ REDIS_URL: "redis://x", RATE_LIMIT_STORE: "postgres" }).store).toBe("postgres");
    expect(rateLimitConfig({ REDIS_URL: "  " }).store).toBe("postgres");
  });

  test("reads every limit; blank means default; nonsense fails loudly", () => {
    const c = rateLimitConfig({
      RATE_LIMIT_IP_POINTS: "1000",
      RATE_LIMIT_IP_DURATION: "10",
      RATE_LIMIT_IP_BATCH: "1",
      RATE_LIMIT_KEY_FAILURE_POINTS: "3",
      RATE_LIMIT_KEY_FAILURE_DURATION: "30",
      RATE_LIMIT_KEY_FAILURE_BLOCK: "600",
      RATE_LIMIT_PG_POOL_MAX: "2",
      RATE_LIMIT_STORE: "memory",
    });
    expect(c).toEqual({ store: "memory", ip: { points: 1000, duration: 10, batch: 1 }, keyFailures: { points: 3, duration: 30, block: 600 }, pgPoolMax: 2 });
    expect(rateLimitConfig({ RATE_LIMIT_IP_POINTS: " " }).ip.points).toBe(300);
    expect(() => rateLimitConfig({ RATE_LIMIT_IP_POINTS: "0" })).toThrow("Invalid rate limit setting RATE_LIMIT_IP_POINTS");
    expect(() => rateLimitConfig({ RATE_LIMIT_KEY_FAILURE_BLOCK: "5m" })).toThrow("RATE_LIMIT_KEY_FAILURE_BLOCK");
    expect(() => rateLimitConfig({ RATE_LIMIT_STORE: "mongo" })).toThrow("RATE_LIMIT_STORE");
  });
});
