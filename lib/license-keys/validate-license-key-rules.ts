import { z } from "zod";
import type { FoundLicenseKey } from "@/lib/license-keys/find-license-key";
import { licenseKeyError, type LicenseKeyOperation } from "@/lib/license-keys/license-key-error";

/** Field schemas shared by the validate / activate / deactivate / token bodies (Polar's names). */
export const licenseKeyFields = {
  // Keys are compared exactly: no trimming or case folding, a pasted key must match byte for byte.
  key: z.string().min(1, "Field required").max(1000),
  organization_id: z.uuid(),
};

/** Polar's `conditions` / `meta`: flat objects of strings, numbers and booleans (like metadata). */
export const conditionsSchema = z
  .record(z.string().max(40), z.union([z.string().max(500), z.number(), z.boolean()]))
  .refine((m) => Object.keys(m).length <= 50, "At most 50 keys");

export type Conditions = z.output<typeof conditionsSchema>;

export type KeyCheck = {
  benefitId?: string | null;
  customerId?: string | null;
  activationId?: string | null;
  conditions?: Conditions | null;
};

/**
 * What makes a key good to use, in the order Polar checks it: the key (and the benefit and
 * customer it was asked for) must exist, be granted, not be expired, and — when an activation is
 * named — that activation must be this key's and have been made under the same conditions.
 * Returns the key; throws the license-key error for the first rule broken.
 */
export function checkLicenseKey(
  found: FoundLicenseKey | null,
  check: KeyCheck,
  operation: LicenseKeyOperation,
  now = new Date(),
): FoundLicenseKey {
  if (!found) throw licenseKeyError("not_found", operation);
  const { licenseKey, activation } = found;
  // A key asked for with another benefit or customer is, for that question, not found.
  if (check.benefitId && check.benefitId !== licenseKey.benefitId) {
    throw licenseKeyError("not_found", operation, "License key does not match the given benefit");
  }
  if (check.customerId && check.customerId !== licenseKey.customerId) {
    throw licenseKeyError("not_found", operation, "License key does not match the given customer");
  }
  if (licenseKey.status === "revoked") throw licenseKeyError("revoked", operation);
  if (licenseKey.status === "disabled") throw licenseKeyError("disabled", operation);
  if (licenseKey.expiresAt && licenseKey.expiresAt.getTime() <= now.getTime()) throw licenseKeyError("expired", operation);
  if (check.activationId) {
    if (!activation) throw licenseKeyError("activation_not_found", operation);
    if (!sameConditions(check.conditions ?? {}, activation.conditions)) throw licenseKeyError("conditions_mismatch", operation);
  }
  return found;
}

/**
 * Conditions match when they are the same set of keys with the same values, whatever the key
 * order. Polar only compares when the activation has conditions; we also refuse conditions sent
 * for an activation made without any, since the app then believes it checked something.
 */
export function sameConditions(given: unknown, stored: unknown): boolean {
  return canonical(given ?? {}) === canonical(stored ?? {});
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
