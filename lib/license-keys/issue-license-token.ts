import { SignJWT } from "jose";
import { z } from "zod";
import type { Db } from "@/lib/db";
import {
  buildLicenseTokenClaims,
  LICENSE_TOKEN_ALG,
  licenseTokenTtlSeconds,
} from "@/lib/license-keys/license-token-claims";
import { licenseKeyError } from "@/lib/license-keys/license-key-error";
import { getCurrentSigningKey } from "@/lib/license-keys/signing-keys";

const isUuid = (id: string) => z.uuid().safeParse(id).success;

export type IssuedLicenseToken = { token: string; expires_at: string };

/**
 * A signed token (EdDSA JWT, docs/license-tokens.md) an app can verify offline with the
 * organization's published key, valid for a short refresh period and never past the key's own
 * expiry.
 *
 * The caller has already checked the key (status, expiry, activation) and answered with its own
 * error codes; here an unknown key or an activation of another key is still a 404, and a key that
 * stopped being good in between is refused (see buildLicenseTokenClaims).
 */
export async function issueLicenseToken(
  db: Db,
  input: { licenseKeyId: string; activationId: string | null },
): Promise<IssuedLicenseToken> {
  // A malformed id cannot exist; asking PostgreSQL would be a uuid cast error (a 500).
  if (!isUuid(input.licenseKeyId)) throw licenseKeyError("not_found");
  if (input.activationId !== null && !isUuid(input.activationId)) throw licenseKeyError("activation_not_found");
  const key = await db.licenseKey.findUnique({
    where: { id: input.licenseKeyId },
    select: {
      id: true,
      organizationId: true,
      benefitId: true,
      customerId: true,
      status: true,
      usage: true,
      limitUsage: true,
      limitActivations: true,
      expiresAt: true,
    },
  });
  if (!key) throw licenseKeyError("not_found");
  if (input.activationId !== null) {
    const activation = await db.licenseKeyActivation.findFirst({
      where: { id: input.activationId, licenseKeyId: key.id },
      select: { id: true },
    });
    if (!activation) throw licenseKeyError("activation_not_found");
  }

  const claims = buildLicenseTokenClaims({
    key,
    activationId: input.activationId,
    now: new Date(),
    ttlSeconds: licenseTokenTtlSeconds(),
  });
  const signingKey = await getCurrentSigningKey(db, key.organizationId);
  const { iss, sub, iat, exp, ...custom } = claims;
  const token = await new SignJWT(custom)
    .setProtectedHeader({ alg: LICENSE_TOKEN_ALG, kid: signingKey.id, typ: "JWT" })
    .setIssuer(iss)
    .setSubject(sub)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(signingKey.privateKey);
  return { token, expires_at: new Date(exp * 1000).toISOString() };
}
