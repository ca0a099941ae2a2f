import { z } from "zod";
import type { Db } from "@/lib/db";
import { findLicenseKey, licenseKeyLookup, toFound, type LookupRow } from "@/lib/license-keys/find-license-key";
import { licenseKeyError } from "@/lib/license-keys/license-key-error";
import {
  serializeActivation,
  serializeLicenseKey,
  type LicenseKeyAudience,
  type LicenseKeyRow,
} from "@/lib/license-keys/serialize-license-key";
import { checkLicenseKey, conditionsSchema, licenseKeyFields, type Conditions } from "@/lib/license-keys/validate-license-key-rules";

// usage is a PostgreSQL integer; larger increments could only overflow it.
const MAX_INT = 2_147_483_647;

/** Polar's `LicenseKeyValidate`. */
export const validateLicenseKeyBody = z
  .object({
    ...licenseKeyFields,
    activation_id: z.uuid().nullish(),
    benefit_id: z.uuid().nullish(),
    customer_id: z.uuid().nullish(),
    // refine rather than .int(): lib/api/zod-issues.ts would report a fractional number as missing.
    increment_usage: z.number().min(0).max(MAX_INT).refine(Number.isInteger, "Input should be a valid integer").nullish(),
    conditions: conditionsSchema.nullish(),
  })
  .transform((b) => ({
    organizationId: b.organization_id,
    key: b.key,
    activationId: b.activation_id ?? null,
    benefitId: b.benefit_id?.toLowerCase() ?? null,
    customerId: b.customer_id?.toLowerCase() ?? null,
    incrementUsage: b.increment_usage ?? 0,
    conditions: b.conditions ?? {},
  }));

export type ValidateInput = {
  organizationId: string;
  key: string;
  activationId?: string | null;
  benefitId?: string | null;
  customerId?: string | null;
  /** Whole number ≥ 0 (the body schema enforces it). */
  incrementUsage?: number;
  conditions?: Conditions;
};

type Counters = { u_usage: number | null; u_validations: number | null; u_last_validated_at: Date | null; u_modified_at: Date | null };

/**
 * Polar's validate: the key with its activation (when one is named), plus `valid: true`.
 *
 * The hot path of the license API: one statement, one round trip — the indexed lookup and the
 * conditional UPDATE that counts the validation. The UPDATE matches only if every rule holds (the
 * benefit, customer and activation asked for, the activation's conditions, status granted, not
 * expired, enough usage left), re-checked on the row's latest version, so concurrent validations
 * can never push usage past `limit_usage` and a revoked key is never counted. When it does not
 * match, the looked-up row says why. No interactive transaction.
 */
export async function validateLicenseKey(db: Db, input: ValidateInput, options: { audience?: LicenseKeyAudience } = {}) {
  const n = input.incrementUsage ?? 0;
  const lookup = licenseKeyLookup(input);
  if (!lookup) throw licenseKeyError("not_found");
  // Compared as text so that ids from internal callers that are not UUIDs simply do not match.
  const benefitId = input.benefitId ?? null;
  const customerId = input.customerId ?? null;
  const hasActivation = Boolean(input.activationId);
  const [row] = await db.$queryRaw<(LookupRow & Counters)[]>`
    WITH k AS (${lookup}),
    u AS (
      UPDATE license_keys t
         SET usage = t.usage + ${n}::int, validations = t.validations + 1, last_validated_at = now(), modified_at = now()
        FROM k
       WHERE t.id = k.id
         AND t.status = 'granted'
         AND (t.expires_at IS NULL OR t.expires_at > now())
         AND (${n}::int = 0 OR t.usage::bigint + ${n}::int <= coalesce(t.limit_usage, ${MAX_INT}::int))
         AND (${benefitId}::text IS NULL OR k."benefitId"::text = ${benefitId}::text)
         AND (${customerId}::text IS NULL OR k."customerId"::text = ${customerId}::text)
         AND (NOT ${hasActivation}::boolean OR (k.a_id IS NOT NULL AND k.a_conditions = ${JSON.stringify(input.conditions ?? {})}::jsonb))
      RETURNING t.usage AS u_usage, t.validations AS u_validations,
                t.last_validated_at AS u_last_validated_at, t.modified_at AS u_modified_at
    )
    SELECT * FROM k LEFT JOIN u ON true`;

  const found = checkLicenseKey(row ? toFound(row) : null, input, "validate");
  const { licenseKey, activation } = found;
  if (row.u_validations === null) {
    const hasUsageLeft = n === 0 || licenseKey.limitUsage === null || licenseKey.usage + n <= licenseKey.limitUsage;
    if (!hasUsageLeft) throw usageExceeded(licenseKey);
    // The lookup saw a good key, the UPDATE (on the row's latest version) did not: the key changed
    // in between (revoked, expired, or other validations used its usage up). Say which, freshly.
    throw usageExceeded(checkLicenseKey(await findLicenseKey(db, input), input, "validate").licenseKey);
  }

  const counters = {
    usage: row.u_usage as number,
    validations: row.u_validations,
    lastValidatedAt: row.u_last_validated_at,
    modifiedAt: row.u_modified_at as Date,
  };
  return {
    ...serializeLicenseKey({ ...licenseKey, ...counters }, options.audience ?? "public"),
    activation: activation ? serializeActivation(activation) : null,
    valid: true as const,
  };
}

function usageExceeded(k: LicenseKeyRow) {
  const remaining = Math.max(0, (k.limitUsage ?? MAX_INT) - k.usage);
  return licenseKeyError("usage_limit_exceeded", "validate", `License key only has ${remaining} more usages`);
}

export type ValidatedLicenseKey = Awaited<ReturnType<typeof validateLicenseKey>>;
