import { describe, expect, test } from "vitest";
import { displayLicenseKey, generateLicenseKey } from "./generate-license-key";

describe("generateLicenseKey", () => {
  test("puts the prefix in front of 32 upper-case hex digits", () => {
    expect(generateLicenseKey("MYAPP")).toMatch(/^MYAPP-[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(generateLicenseKey(null)).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
  });

  test("never repeats", () => {
    const keys = new Set(Array.from({ length: 10_000 }, () => generateLicenseKey("K")));
    expect(keys.size).toBe(10_000);
  });

  test("displays only the last six characters", () => {
    expect(displayLicenseKey("MYAPP-3F2A9C1E-7B4D-4E8A-9C21-0D5E6F7A8B9C")).toBe("****-7A8B9C");
  });
});
