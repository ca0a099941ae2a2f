import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db";
import { findLicenseKey } from "@/lib/license-keys/find-license-key";
import { issueLicenseToken, type IssuedLicenseToken } from "@/lib/license-keys/issue-license-token";
import { checkLicenseKey, conditionsSchema, licenseKeyFields, type Conditions } from "@/lib/license-keys/validate-license-key-rules";

/** `POST /v1/customer-portal/license-keys/token`: the key, and optionally the activation it runs under. */
export const licenseTokenBody = z
  .object({
    ...licenseKeyFields,
    activation_id: z.uuid().nullish(),
    conditions: conditionsSchema.nullish(),
  })
  .transform((b) => ({
    organizationId: b.organization_id,
    key: b.key,
    activationId: b.activation_id ?? null,
    conditions: b.conditions ?? {},
  }));

export type LicenseTokenRequest = {
  organizationId: string;
  key: string;
  activationId?: string | null;
  conditions?: Conditions;
};

/**
 * A fresh offline token for a key that validate would accept right now (same checks, same error
 * codes), without counting a validation or usage: refreshing the token is not using the license.
 */
export async function requestLicenseToken(db: Db, input: LicenseTokenRequest): Promise<IssuedLicenseToken> {
  const { licenseKey, activation } = checkLicenseKey(await findLicenseKey(db, input), input, "validate");
  return issueLicenseToken(db, { licenseKeyId: licenseKey.id, activationId: activation?.id ?? null });
}

/**
 * The `license_token` of an activate response. Activate has just checked the key; if it stopped
 * being good in the instant since (revoked meanwhile), the activation stands and the token is null
 * rather than failing a call whose write already happened.
 */
export async function licenseTokenForActivation(
  db: Db,
  activation: { id: string; license_key: { id: string } },
): Promise<IssuedLicenseToken | null> {
  try {
    return await issueLicenseToken(db, { licenseKeyId: activation.license_key.id, activationId: activation.id });
  } catch (err) {
    if (err instanceof ApiError) return null;
    throw err;
  }
}
