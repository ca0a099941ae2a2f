import { describe, expect, test } from "vitest";
import { ApiError } from "@/lib/api/errors";
import type { FoundLicenseKey } from "./find-license-key";
import { checkLicenseKey, sameConditions } from "./validate-license-key-rules";

const now = new Date("2026-06-01T00:00:00Z");
const found = (over: Partial<FoundLicenseKey["licenseKey"]> = {}, conditions: unknown = null): FoundLicenseKey =>
  ({
    licenseKey: { id: "k", benefitId: "b", customerId: "c", status: "granted", expiresAt: null, ...over },
    activation: conditions === null ? null : { id: "a", conditions },
  }) as unknown as FoundLicenseKey;

function codeOf(fn: () => unknown) {
  try {
    fn();
  } catch (err) {
    if (err instanceof ApiError) return [err.status, err.error, err.machineCode];
    throw err;
  }
  return "passed";
}

describe("checkLicenseKey", () => {
  test("validate: everything about the key is 404 with its own code", () => {
    expect(codeOf(() => checkLicenseKey(null, {}, "validate", now))).toEqual([404, "ResourceNotFound", "not_found"]);
    expect(codeOf(() => checkLicenseKey(found(), { benefitId: "other" }, "validate", now))).toEqual([404, "ResourceNotFound", "not_found"]);
    expect(codeOf(() => checkLicenseKey(found(), { customerId: "other" }, "validate", now))).toEqual([404, "ResourceNotFound", "not_found"]);
    expect(codeOf(() => checkLicenseKey(found({ status: "revoked" }), {}, "validate", now))).toEqual([404, "ResourceNotFound", "revoked"]);
    expect(codeOf(() => checkLicenseKey(found({ status: "disabled" }), {}, "validate", now))).toEqual([404, "ResourceNotFound", "disabled"]);
    expect(codeOf(() => checkLicenseKey(found({ expiresAt: now }), {}, "validate", now))).toEqual([404, "ResourceNotFound", "expired"]);
    expect(codeOf(() => checkLicenseKey(found(), { activationId: "a" }, "validate", now))).toEqual([404, "ResourceNotFound", "activation_not_found"]);
    expect(codeOf(() => checkLicenseKey(found({}, { m: 1 }), { activationId: "a", conditions: { m: 2 } }, "validate", now))).toEqual([
      404,
      "ResourceNotFound",
      "conditions_mismatch",
    ]);
    expect(codeOf(() => checkLicenseKey(found({ expiresAt: new Date(now.getTime() + 1) }, { m: 1 }), { activationId: "a", conditions: { m: 1 } }, "validate", now))).toBe("passed");
  });

  test("activate: an unusable key is 403 NotPermitted; not found stays 404", () => {
    expect(codeOf(() => checkLicenseKey(found({ status: "revoked" }), {}, "activate", now))).toEqual([403, "NotPermitted", "revoked"]);
    expect(codeOf(() => checkLicenseKey(found({ expiresAt: now }), {}, "activate", now))).toEqual([403, "NotPermitted", "expired"]);
    expect(codeOf(() => checkLicenseKey(null, {}, "activate", now))).toEqual([404, "ResourceNotFound", "not_found"]);
  });

  test("a key asked for another benefit is not found before its status is told", () => {
    expect(codeOf(() => checkLicenseKey(found({ status: "revoked" }), { benefitId: "other" }, "validate", now))).toEqual([404, "ResourceNotFound", "not_found"]);
  });
});

describe("sameConditions", () => {
  test("same keys and values in any order; types matter; empty equals missing", () => {
    expect(sameConditions({ a: 1, b: "x" }, { b: "x", a: 1 })).toBe(true);
    expect(sameConditions({ a: 1 }, { a: "1" })).toBe(false);
    expect(sameConditions({ a: 1 }, { a: 1, b: true })).toBe(false);
    expect(sameConditions({}, null)).toBe(true);
    expect(sameConditions(undefined, {})).toBe(true);
    expect(sameConditions({ a: 1 }, {})).toBe(false);
  });
});
