import { describe, expect, test } from "vitest";
import { ApiError } from "@/lib/api/errors";
import {
  buildLicenseTokenClaims,
  DEFAULT_LICENSE_TOKEN_TTL_SECONDS,
  licenseTokenIssuer,
  licenseTokenTtlSeconds,
  type LicenseTokenKey,
} from "@/lib/license-keys/license-token-claims";

const NOW = new Date("2030-01-01T00:00:00.500Z");
const NOW_S = Math.floor(NOW.getTime() / 1000);
const DAY = 86_400;

const key = (over: Partial<LicenseTokenKey> = {}): LicenseTokenKey => ({
  id: "0190a000-0000-7000-8000-000000000001",
  organizationId: "0190a000-0000-7000-8000-0000000000aa",
  benefitId: "0190a000-0000-7000-8000-0000000000bb",
  customerId: "0190a000-0000-7000-8000-0000000000cc",
  status: "granted",
  usage: 3,
  limitUsage: 10,
  limitActivations: 2,
  expiresAt: null,
  ...over,
});

const build = (k: LicenseTokenKey, ttlSeconds = DAY, activationId: string | null = null) =>
  buildLicenseTokenClaims({ key: k, activationId, now: NOW, ttlSeconds });

/** [HTTP status, Polar's error name, the license API's code]. */
function refusal(fn: () => unknown): [number, string, string | undefined] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ApiError) return [err.status, err.error, err.machineCode];
    throw err;
  }
  throw new Error("expected a refusal");
}

describe("buildLicenseTokenClaims", () => {
  test("describes the key, with a stable per-organization issuer and now + TTL as exp", () => {
    expect(build(key(), DAY, "0190a000-0000-7000-8000-0000000000dd")).toEqual({
      iss: "benefactor:0190a000-0000-7000-8000-0000000000aa",
      sub: "0190a000-0000-7000-8000-000000000001",
      iat: NOW_S,
      exp: NOW_S + DAY,
      organization_id: "0190a000-0000-7000-8000-0000000000aa",
      benefit_id: "0190a000-0000-7000-8000-0000000000bb",
      customer_id: "0190a000-0000-7000-8000-0000000000cc",
      activation_id: "0190a000-0000-7000-8000-0000000000dd",
      status: "granted",
      license_expires_at: null,
      usage: 3,
      limit_usage: 10,
      limit_activations: 2,
    });
  });

  test("a key expiring after the TTL does not shorten the token", () => {
    const expiresAt = new Date(NOW.getTime() + 30 * DAY * 1000);
    const claims = build(key({ expiresAt }));
    expect(claims.exp).toBe(NOW_S + DAY);
    expect(claims.license_expires_at).toBe(expiresAt.toISOString());
  });

  test("exp is capped at the key's expiry, rounded down so the token never outlives it", () => {
    const expiresAt = new Date(NOW.getTime() + 3_600_999);
    const claims = build(key({ expiresAt }));
    expect(claims.exp).toBe(Math.floor(expiresAt.getTime() / 1000));
    expect(claims.exp * 1000).toBeLessThanOrEqual(expiresAt.getTime());
    expect(claims.exp).toBeLessThan(NOW_S + DAY);
  });

  test("the TTL is honoured exactly when it is the sooner limit", () => {
    expect(build(key({ expiresAt: new Date(NOW.getTime() + 600_000) }), 60).exp).toBe(NOW_S + 60);
  });

  test("an expired key, or one expiring within this second, gets no token", () => {
    const expired: ReturnType<typeof refusal> = [403, "NotPermitted", "expired"];
    expect(refusal(() => build(key({ expiresAt: new Date(NOW.getTime() - 1000) })))).toEqual(expired);
    expect(refusal(() => build(key({ expiresAt: new Date(NOW.getTime() + 200) })))).toEqual(expired);
  });

  test.each(["revoked", "disabled"] as const)("a %s key gets no token", (status) => {
    expect(refusal(() => build(key({ status })))).toEqual([403, "NotPermitted", status]);
  });
});

describe("licenseTokenTtlSeconds", () => {
  test("defaults to a day when unset or blank", () => {
    expect(licenseTokenTtlSeconds(undefined)).toBe(DEFAULT_LICENSE_TOKEN_TTL_SECONDS);
    expect(licenseTokenTtlSeconds("  ")).toBe(86_400);
  });

  test("reads a whole number of seconds", () => {
    expect(licenseTokenTtlSeconds("3600")).toBe(3600);
    expect(licenseTokenTtlSeconds(" 120 ")).toBe(120);
  });

  test.each(["0", "-5", "1.5", "abc", "31536001"])("rejects %j loudly", (raw) => {
    expect(() => licenseTokenTtlSeconds(raw)).toThrow(/LICENSE_TOKEN_TTL_SECONDS must be a whole number/);
  });
});

test("the issuer names the organization", () => {
  expect(licenseTokenIssuer("org-1")).toBe("benefactor:org-1");
});
