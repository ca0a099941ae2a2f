import { describe, expect, test } from "vitest";
import { importLicenseKeyBody, updateLicenseKeyBody } from "./license-key-input";

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => [i.path.join("."), i.message]);

describe("updateLicenseKeyBody", () => {
  test("a field left out stays undefined (unchanged); null clears a limit or the expiry; a null status is not sent", () => {
    expect(updateLicenseKeyBody.parse({})).toEqual({});
    expect(updateLicenseKeyBody.parse({ status: null, limit_activations: null, limit_usage: null, expires_at: null })).toEqual({
      status: undefined,
      limit_activations: null,
      limit_usage: null,
      expires_at: null,
    });
    expect(updateLicenseKeyBody.parse({ usage: 0, expires_at: "2030-01-01T00:00:00+01:00" })).toEqual({
      usage: 0,
      expires_at: new Date("2029-12-31T23:00:00Z"),
    });
  });

  test("usage above a limit sent with it is refused on usage; exactly at the limit is fine", () => {
    expect(issues(updateLicenseKeyBody.safeParse({ usage: 11, limit_usage: 10 }))).toEqual([["usage", "Cannot exceed the usage limit (10)"]]);
    expect(updateLicenseKeyBody.safeParse({ usage: 10, limit_usage: 10 }).success).toBe(true);
    expect(updateLicenseKeyBody.safeParse({ usage: 10_000, limit_usage: null }).success).toBe(true);
  });

  test.each([
    [{ limit_activations: 0 }, "limit_activations"],
    [{ limit_activations: 51 }, "limit_activations"],
    [{ limit_usage: 0 }, "limit_usage"],
    [{ usage: -1 }, "usage"],
    [{ usage: null }, "usage"],
    [{ status: "paused" }, "status"],
    [{ expires_at: "2030-01-01" }, "expires_at"],
  ])("refuses %j at %s", (input, field) => {
    const result = updateLicenseKeyBody.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual([field]);
  });
});

describe("importLicenseKeyBody", () => {
  const benefit_id = "01a24340-3467-7116-a691-a0f57e6f2e38";

  test("defaults: granted, usage 0, no expiry; limits left out stay undefined (the benefit decides)", () => {
    expect(importLicenseKeyBody.parse({ key: "  ABC-123456 ", benefit_id, customer_email: "A@Example.com" })).toEqual({
      key: "ABC-123456",
      benefit_id,
      customer_id: undefined,
      external_customer_id: undefined,
      customer_email: "a@example.com",
      customer_name: null,
      status: "granted",
      usage: 0,
      expires_at: null,
    });
  });

  test("needs one way to find the customer, and not both ids", () => {
    expect(issues(importLicenseKeyBody.safeParse({ key: "ABC-123456", benefit_id }))).toEqual([
      ["customer_id", "Either customer_id, external_customer_id or customer_email is required"],
    ]);
    expect(issues(importLicenseKeyBody.safeParse({ key: "ABC-123456", benefit_id, customer_id: benefit_id, external_customer_id: "x" }))).toEqual([
      ["external_customer_id", "Send either customer_id or external_customer_id, not both"],
    ]);
  });

  test("keys are 6–256 visible ASCII characters", () => {
    const key = (k: string) => issues(importLicenseKeyBody.safeParse({ key: k, benefit_id, customer_email: "a@example.com" }));
    expect(key("abc")).toEqual([["key", "At least 6 characters"]]);
    expect(key("has space")).toEqual([["key", "Use letters, digits and symbols only (no spaces)"]]);
    expect(key("clé-123456")).toEqual([["key", "Use letters, digits and symbols only (no spaces)"]]);
    expect(key("K".repeat(257))).toEqual([["key", "At most 256 characters"]]);
    expect(key("sk_live:ABC/123+=")).toBeUndefined();
  });
});
