import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { ApiError } from "@/lib/api/errors";
import type { RateLimiterAbstract } from "rate-limiter-flexible";

const env = { RATE_LIMIT_STORE: "memory", RATE_LIMIT_IP_POINTS: "50", RATE_LIMIT_IP_DURATION: "60", RATE_LIMIT_IP_BATCH: "5" };
const saved: Record<string, string | undefined> = {};
type Shared = { benefactorIpLimiter?: { limiter: RateLimiterAbstract; tallies: Map<string, { pending: number }> } };

beforeAll(() => {
  for (const [k, v] of Object.entries(env)) [saved[k], process.env[k]] = [process.env[k], v];
  delete (globalThis as Shared).benefactorIpLimiter;
});
afterAll(() => {
  for (const k of Object.keys(env)) process.env[k] = saved[k];
  delete (globalThis as Shared).benefactorIpLimiter;
});

async function outcome(p: Promise<void>) {
  try {
    await p;
    return "ok";
  } catch (err) {
    if (err instanceof ApiError) return [err.status, err.machineCode, err.headers["Retry-After"]];
    throw err;
  }
}

describe("limitPublicRequest", () => {
  test("lets exactly the limit through, settling with the store in batches while far from it", async () => {
    const { limitPublicRequest } = await import("./limit-public-request");
    await limitPublicRequest("203.0.113.1");
    const consume = vi.spyOn((globalThis as Shared).benefactorIpLimiter!.limiter, "consume");

    // Concurrent requests, as a server sees them.
    const results = await Promise.all(Array.from({ length: 49 }, () => outcome(limitPublicRequest("203.0.113.1"))));
    expect(results.every((r) => r === "ok")).toBe(true);
    // Far from the limit one store call per 5 requests, near it one per request: well under 49.
    expect(consume.mock.calls.length).toBeLessThan(30);
    // Every request is either settled with the store or still pending in memory.
    const settled = consume.mock.calls.reduce((sum, [, points]) => sum + Number(points ?? 1), 0);
    expect(settled + (globalThis as Shared).benefactorIpLimiter!.tallies.get("203.0.113.1")!.pending).toBe(49);

    expect(await outcome(limitPublicRequest("203.0.113.1"))).toEqual([429, "rate_limited", expect.stringMatching(/^\d+$/)]);
    // Refused from memory from then on, without asking the store.
    const calls = consume.mock.calls.length;
    expect(await outcome(limitPublicRequest("203.0.113.1"))).toEqual([429, "rate_limited", expect.any(String)]);
    expect(consume.mock.calls.length).toBe(calls);
    // Another address has its own count.
    expect(await outcome(limitPublicRequest("203.0.113.2"))).toBe("ok");
  });
});
