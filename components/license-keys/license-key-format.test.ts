import { describe, expect, test } from "vitest";
import { countOfLimit, licenseKeysHref } from "./license-key-format";

describe("licenseKeysHref", () => {
  const base = "/dashboard/acme/license-keys";
  const current = { status: "disabled", benefitId: "b1", q: "ada" };

  test("keeps the current filters, drops nulls, and leaves page 1 out", () => {
    expect(licenseKeysHref(base, current, {})).toBe(`${base}?status=disabled&benefit_id=b1&q=ada`);
    expect(licenseKeysHref(base, current, { status: null, page: 1 })).toBe(`${base}?benefit_id=b1&q=ada`);
    expect(licenseKeysHref(base, current, { q: "a b&c", page: 3 })).toBe(`${base}?status=disabled&benefit_id=b1&q=a+b%26c&page=3`);
    expect(licenseKeysHref(base, {}, { customerId: "c1" })).toBe(`${base}?customer_id=c1`);
    expect(licenseKeysHref(base, {}, {})).toBe(base);
  });

  test("counts read against their limit", () => {
    expect(countOfLimit(2, 3)).toBe("2 of 3");
    expect(countOfLimit(7, null)).toBe("7 (no limit)");
  });
});
