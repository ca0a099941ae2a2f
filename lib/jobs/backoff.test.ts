import { describe, expect, test } from "vitest";
import { backoffMs } from "./backoff";

describe("backoffMs", () => {
  test("doubles from one second without jitter", () => {
    const middle = () => 0.5; // 0.8 + 0.4 * 0.5 = 1: no jitter
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, middle))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
  });

  test("jitter stays within ±20 %", () => {
    expect(backoffMs(1, () => 0)).toBe(800);
    expect(backoffMs(1, () => 0.999999)).toBe(1_200);
    expect(backoffMs(3, () => 0)).toBe(3_200);
    for (let i = 0; i < 200; i++) {
      const delay = backoffMs(4);
      expect(delay).toBeGreaterThanOrEqual(6_400);
      expect(delay).toBeLessThanOrEqual(9_600);
    }
  });

  test("is capped at five minutes, also with jitter and huge attempt counts", () => {
    expect(backoffMs(9, () => 0.5)).toBe(256_000);
    expect(backoffMs(10, () => 0.5)).toBe(300_000);
    expect(backoffMs(10, () => 0.999)).toBe(300_000);
    expect(backoffMs(10_000, () => 0.5)).toBe(300_000);
    expect(backoffMs(10, () => 0)).toBe(240_000);
  });

  test("treats attempts below 1 as the first attempt", () => {
    expect(backoffMs(0, () => 0.5)).toBe(1_000);
    expect(backoffMs(-3, () => 0.5)).toBe(1_000);
  });
});
