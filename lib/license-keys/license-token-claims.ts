import { z } from "zod";
import { licenseKeyError } from "@/lib/license-keys/license-key-error";
import type { LicenseKeyStatus } from "@/lib/generated/prisma/client";

/**
 * The claims of a signed license token (docs/license-tokens.md is the contract apps code against;
 * change both together).
 *
 * `iss` is `benefactor:<organization_id>` rather than a URL: the app can be reached under several
 * hosts (local, staging, a custom domain) and a token must keep verifying when that changes. An
 * app pins the issuer of the one organization it sells under, so a token signed by any other
 * organization fails the issuer check even before the key lookup.
 */
export const LICENSE_TOKEN_ALG = "EdDSA";
export const DEFAULT_LICENSE_TOKEN_TTL_SECONDS = 86_400;

export function licenseTokenIssuer(organizationId: string): string {
  return `benefactor:${organizationId}`;
}

export type LicenseTokenKey = {
  id: string;
  organizationId: string;
  benefitId: string;
  customerId: string;
  status: LicenseKeyStatus;
  usage: number;
  limitUsage: number | null;
  limitActivations: number | null;
  expiresAt: Date | null;
};

export type LicenseTokenClaims = {
  iss: string;
  sub: string;
  iat: number;
  exp: number;
  organization_id: string;
  benefit_id: string;
  customer_id: string;
  activation_id: string | null;
  // Always "granted" today (nothing else is signed); kept so a verifier can check it explicitly.
  status: LicenseKeyStatus;
  license_expires_at: string | null;
  usage: number;
  limit_usage: number | null;
  limit_activations: number | null;
};

const ttlSchema = z.coerce.number().int().positive().max(365 * 86_400);

/**
 * `LICENSE_TOKEN_TTL_SECONDS`: how long a token stays valid before the app must refresh it, which
 * is also how long a revoked key can keep working offline. A bad value is a deployment mistake,
 * so it fails loudly rather than silently signing tokens with some other lifetime.
 */
export function licenseTokenTtlSeconds(raw: string | undefined = process.env.LICENSE_TOKEN_TTL_SECONDS): number {
  if (raw === undefined || raw.trim() === "") return DEFAULT_LICENSE_TOKEN_TTL_SECONDS;
  const parsed = ttlSchema.safeParse(raw.trim());
  if (!parsed.success) {
    throw new Error(`LICENSE_TOKEN_TTL_SECONDS must be a whole number of seconds between 1 and 31536000, got "${raw}"`);
  }
  return parsed.data;
}

/**
 * `exp` is the sooner of now + TTL and the key's own expiry (rounded down, so the token never
 * outlives the key by a fraction of a second).
 *
 * Callers check the key first and answer with their own codes; these refusals are the last line
 * for a key revoked or expired between that check and here. A signed token is a statement that
 * the license is good, so a bad key gets no token at all (a token born expired would only hide
 * the caller's missing check).
 */
export function buildLicenseTokenClaims(input: {
  key: LicenseTokenKey;
  activationId: string | null;
  now: Date;
  ttlSeconds: number;
}): LicenseTokenClaims {
  const { key, activationId, now, ttlSeconds } = input;
  const iat = Math.floor(now.getTime() / 1000);
  const keyExp = key.expiresAt ? Math.floor(key.expiresAt.getTime() / 1000) : null;
  const exp = keyExp === null ? iat + ttlSeconds : Math.min(iat + ttlSeconds, keyExp);
  // Refused like an activation (403 NotPermitted with the license API's `code`).
  if (key.status !== "granted") throw licenseKeyError(key.status, "activate");
  if (exp <= iat) throw licenseKeyError("expired", "activate");
  return {
    iss: licenseTokenIssuer(key.organizationId),
    sub: key.id,
    iat,
    exp,
    organization_id: key.organizationId,
    benefit_id: key.benefitId,
    customer_id: key.customerId,
    activation_id: activationId,
    status: key.status,
    license_expires_at: key.expiresAt?.toISOString() ?? null,
    usage: key.usage,
    limit_usage: key.limitUsage,
    limit_activations: key.limitActivations,
  };
}

