import { describe, expect, test } from "vitest";
import { licenseKeysProperties } from "./properties";

describe("license_keys properties", () => {
  test("normalises the seed's shorthands to Polar's shapes", () => {
    expect(licenseKeysProperties.parse({ prefix: "myapp", expires: false, activations: 1, limit_usage: false })).toEqual({
      prefix: "MYAPP",
      expires: null,
      activations: { limit: 1, enable_customer_admin: true },
      limit_usage: null,
    });
  });

  test("keeps Polar's full shapes", () => {
    const full = { prefix: "KEY", expires: { ttl: 1, timeframe: "year" }, activations: { limit: 5, enable_customer_admin: false }, limit_usage: 100 };
    expect(licenseKeysProperties.parse(full)).toEqual(full);
  });

  test("defaults everything to unlimited", () => {
    expect(licenseKeysProperties.parse({})).toEqual({ prefix: null, expires: null, activations: null, limit_usage: null });
  });

  test.each([
    [{ activations: 0 }, "activations"],
    [{ activations: 51 }, "activations"],
    [{ expires: { ttl: 0, timeframe: "day" } }, "expires"],
    [{ expires: { ttl: 1, timeframe: "week" } }, "expires"],
    [{ limit_usage: -1 }, "limit_usage"],
    [{ prefix: "has space" }, "prefix"],
  ])("refuses %j at %s", (input, field) => {
    const result = licenseKeysProperties.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path[0]).toBe(field);
  });
});
