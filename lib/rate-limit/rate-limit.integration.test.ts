import Redis from "ioredis";
import { RateLimiterRes } from "rate-limiter-flexible";
import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { closeRateLimitStores, createRateLimiter } from "@/lib/rate-limit/create-rate-limiter";
import { rateLimitConfig, type RateLimitConfig } from "@/lib/rate-limit/rate-limit-config";
import { randomSuffix } from "@/test/factories";
import { createLicenseWorld, publicCall, purchaseKey, serverCall, testIp } from "@/test/license-key-fixtures";

// The app server under test runs with this process's environment (defaults unless set).
const config = rateLimitConfig();
const wrongActivation = "0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a0b";

afterAll(closeRateLimitStores);

describe("public license API rate limits", () => {
  test("per IP: the request past the limit is 429 rate_limited with Retry-After; other addresses are unaffected", async () => {
    const ip = testIp();
    const body = { key: "nope", organization_id: "0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a0b" };
    const { points, duration } = config.ip;
    // Bad bodies count too (the limit is taken before anything else): cheap requests to use it up.
    for (let sent = 0; sent < points; sent += 25) {
      const batch = await Promise.all(Array.from({ length: Math.min(25, points - sent) }, () => publicCall("validate", { organization_id: body.organization_id }, ip)));
      expect(batch.every(([s]) => s === 422)).toBe(true);
    }
    const [status, error, res] = await publicCall("validate", body, ip);
    expect([status, error]).toEqual([
      429,
      { error: "TooManyRequests", code: "rate_limited", detail: expect.stringMatching(/^Too many requests from this address; retry in \d+ s$/) },
    ]);
    const retryAfter = Number(res.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(duration);
    expect((await publicCall("validate", body, ip))[0]).toBe(429);
    expect((await publicCall("validate", body, testIp()))[0]).toBe(404);
    if (config.store === "postgres") {
      // Counted in the shared table every app instance reads.
      const row = await db.rateLimit.findUniqueOrThrow({ where: { key: `ip:${ip}` } });
      expect(row.points).toBe(points + 1);
    }
  });

  test("per key: repeated failures for one key get that key 429 from any address, even for a check that would pass", async () => {
    const world = await createLicenseWorld();
    const { key } = await purchaseKey(world);
    const { key: otherKey } = await purchaseKey(world);
    const base = { key, organization_id: world.org.id };
    const { points, block } = config.keyFailures;

    for (let i = 0; i < points; i++) {
      const [status, error] = await publicCall("validate", { ...base, activation_id: wrongActivation }, testIp());
      expect([status, error?.code]).toEqual([404, "activation_not_found"]);
    }
    const [status, error, res] = await publicCall("validate", { ...base, activation_id: wrongActivation }, testIp());
    expect([status, error]).toEqual([
      429,
      { error: "TooManyRequests", code: "rate_limited", detail: `Too many failed checks for this license key; retry in ${block} s` },
    ]);
    expect(Number(res.headers.get("retry-after"))).toBe(block);
    for (const path of ["validate", "activate", "deactivate", "token"] as const) {
      const [blocked] = await publicCall(path, { ...base, label: "x", activation_id: wrongActivation }, testIp());
      expect(blocked).toBe(429);
    }
    expect((await publicCall("validate", { key: otherKey, organization_id: world.org.id }, testIp()))[0]).toBe(200);
    // The merchant's own server is not limited like the public routes.
    expect((await serverCall("validate", base, world.token))[0]).toBe(200);

    if (config.store === "postgres") {
      // The shared store holds a hash, never the key itself.
      const rows = await db.rateLimit.findMany({ where: { key: { startsWith: "key-failures:" }, points: { gt: points } } });
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.some((r) => r.key.includes(key))).toBe(false);
    }
  });

  test("an exhausted usage allowance is a quota answer, not a failed check: it never blocks the key", async () => {
    const world = await createLicenseWorld({ limit_usage: 1 });
    const { key } = await purchaseKey(world);
    const base = { key, organization_id: world.org.id };
    expect((await publicCall("validate", { ...base, increment_usage: 1 }, testIp()))[0]).toBe(200);
    for (let i = 0; i < config.keyFailures.points + 5; i++) {
      const [status, error] = await publicCall("validate", { ...base, increment_usage: 1 }, testIp());
      expect([status, error?.code]).toEqual([400, "usage_limit_exceeded"]);
    }
    expect((await publicCall("validate", base, testIp()))[1]).toMatchObject({ valid: true, usage: 1 });
  });
});

describe("rate limiter stores", () => {
  const limits = { points: 3, duration: 60 };
  const storeConfig = (store: RateLimitConfig["store"]): RateLimitConfig => ({ ...config, store });

  test.each(["postgres", "redis"] as const)("%s: two app instances count together", async (store) => {
    const keyPrefix = `test-${randomSuffix()}`;
    const instanceA = createRateLimiter({ keyPrefix, ...limits }, storeConfig(store));
    const instanceB = createRateLimiter({ keyPrefix, ...limits }, storeConfig(store));
    if (store === "redis") await redisReady(instanceA, `${keyPrefix}:warm-up`);

    await instanceA.consume("client");
    await instanceA.consume("client");
    expect((await instanceB.consume("client")).remainingPoints).toBe(0);
    await expect(instanceB.consume("client")).rejects.toBeInstanceOf(RateLimiterRes);
    await expect(instanceA.consume("client")).rejects.toMatchObject({ consumedPoints: 5 });
    expect((await instanceA.consume("someone else")).remainingPoints).toBe(2);
  });

  test("memory (the embedded database's store) counts per process", async () => {
    const keyPrefix = `test-${randomSuffix()}`;
    const a = createRateLimiter({ keyPrefix, ...limits }, storeConfig("memory"));
    const b = createRateLimiter({ keyPrefix, ...limits }, storeConfig("memory"));
    for (let i = 0; i < 3; i++) await a.consume("client");
    await expect(a.consume("client")).rejects.toBeInstanceOf(RateLimiterRes);
    expect((await b.consume("client")).remainingPoints).toBe(2);
  });

  test("an unreachable Redis falls back to counting in memory instead of failing requests", async () => {
    const previous = process.env.REDIS_URL;
    process.env.REDIS_URL = "redis://127.0.0.1:9"; // nothing listens on the discard port
    try {
      const limiter = createRateLimiter({ keyPrefix: `test-${randomSuffix()}`, ...limits }, storeConfig("redis"));
      for (let i = 0; i < 3; i++) await limiter.consume("client");
      await expect(limiter.consume("client")).rejects.toBeInstanceOf(RateLimiterRes);
    } finally {
      process.env.REDIS_URL = previous;
    }
  });
});

/** Until the shared client has connected, the limiter answers from its in-memory insurance. */
async function redisReady(limiter: ReturnType<typeof createRateLimiter>, probeKey: string) {
  const probe = new Redis(process.env.REDIS_URL?.trim() || "redis://127.0.0.1:6379");
  try {
    for (let i = 0; i < 50; i++) {
      await limiter.consume("warm-up").catch(() => undefined);
      if (await probe.exists(probeKey)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error("Redis store never became ready");
  } finally {
    probe.disconnect();
  }
}
