import { describe, expect, test } from "vitest";
import { fromUtcInput, toUtcInput } from "./utc-input";

describe("UTC datetime-local values", () => {
  test("round-trips an API timestamp through the input", () => {
    expect(toUtcInput("2031-02-03T02:05:06.000Z")).toBe("2031-02-03T02:05:06");
    expect(toUtcInput("2031-02-03T04:05:06+02:00")).toBe("2031-02-03T02:05:06");
    expect(fromUtcInput("2031-02-03T02:05:06")).toBe("2031-02-03T02:05:06Z");
    expect(fromUtcInput(toUtcInput("2031-02-03T02:05:06.000Z"))).toBe("2031-02-03T02:05:06Z");
  });

  test("minutes only get zero seconds; empty means no expiry", () => {
    expect(fromUtcInput("2031-02-03T02:05")).toBe("2031-02-03T02:05:00Z");
    expect(fromUtcInput("")).toBeNull();
    expect(toUtcInput(null)).toBe("");
  });
});
