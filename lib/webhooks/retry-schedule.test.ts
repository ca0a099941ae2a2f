import { describe, expect, test } from "vitest";
import { MAX_ATTEMPTS, nextRetryDelayMs, parseRetryAfter, RETRY_DELAYS_MS } from "@/lib/webhooks/retry-schedule";

describe("webhook retry schedule", () => {
  test("backs off from a minute to hours, about a day in all, then gives up", () => {
    const delays = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => nextRetryDelayMs(i + 1));
    expect(delays).toEqual([60_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 50_400_000]);
    const totalHours = RETRY_DELAYS_MS.reduce((a, b) => a + b, 0) / 3_600_000;
    expect(totalHours).toBeGreaterThan(24);
    expect(totalHours).toBeLessThan(36);
    expect(nextRetryDelayMs(MAX_ATTEMPTS)).toBeNull();
    expect(nextRetryDelayMs(MAX_ATTEMPTS + 3)).toBeNull();
  });

  test("a longer Retry-After wins, a shorter one does not, and it is capped at a day", () => {
    expect(nextRetryDelayMs(1, 7_200_000)).toBe(7_200_000);
    expect(nextRetryDelayMs(1, 5_000)).toBe(60_000);
    expect(nextRetryDelayMs(4, 3_600_000)).toBe(7_200_000);
    expect(nextRetryDelayMs(1, 7 * 86_400_000)).toBe(86_400_000);
  });

  test("parses Retry-After as seconds or an HTTP date", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
    expect(parseRetryAfter("Thu, 01 Jan 2026 01:00:00 GMT", now)).toBe(3_600_000);
    expect(parseRetryAfter("Wed, 31 Dec 2025 23:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter("-5", now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
