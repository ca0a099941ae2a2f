import { describe, expect, test } from "vitest";
import { addInterval } from "@/lib/purchases/add-interval";

const at = (iso: string) => new Date(iso);

describe("addInterval", () => {
  test("adds days and weeks", () => {
    expect(addInterval(at("2026-01-30T10:00:00.000Z"), "day", 3).toISOString()).toBe("2026-02-02T10:00:00.000Z");
    expect(addInterval(at("2026-12-28T00:00:00.000Z"), "week", 2).toISOString()).toBe("2027-01-11T00:00:00.000Z");
  });

  test("adds months keeping the day, clamped to the month's last day", () => {
    expect(addInterval(at("2026-01-15T08:30:00.000Z"), "month", 1).toISOString()).toBe("2026-02-15T08:30:00.000Z");
    expect(addInterval(at("2026-01-31T00:00:00.000Z"), "month", 1).toISOString()).toBe("2026-02-28T00:00:00.000Z");
    expect(addInterval(at("2028-01-31T00:00:00.000Z"), "month", 1).toISOString()).toBe("2028-02-29T00:00:00.000Z");
    expect(addInterval(at("2026-11-30T00:00:00.000Z"), "month", 3).toISOString()).toBe("2027-02-28T00:00:00.000Z");
  });

  test("adds years (Feb 29 becomes Feb 28)", () => {
    expect(addInterval(at("2028-02-29T12:00:00.000Z"), "year", 1).toISOString()).toBe("2029-02-28T12:00:00.000Z");
    expect(addInterval(at("2026-06-01T00:00:00.000Z"), "year", 2).toISOString()).toBe("2028-06-01T00:00:00.000Z");
  });

  test("does not change its argument", () => {
    const start = at("2026-01-31T00:00:00.000Z");
    addInterval(start, "month", 1);
    expect(start.toISOString()).toBe("2026-01-31T00:00:00.000Z");
  });
});
