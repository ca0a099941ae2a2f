import { z } from "zod";
import type { Db } from "@/lib/db";
import { findLicenseKey } from "@/lib/license-keys/find-license-key";
import { licenseKeyError } from "@/lib/license-keys/license-key-error";
import {
  activationSelect,
  serializeActivation,
  serializeLicenseKey,
  type LicenseKeyAudience,
} from "@/lib/license-keys/serialize-license-key";
import {
  checkLicenseKey,
  conditionsSchema,
  licenseKeyFields,
  type Conditions,
} from "@/lib/license-keys/validate-license-key-rules";

/** Polar's `LicenseKeyActivate`. */
export const activateLicenseKeyBody = z
  .object({
    ...licenseKeyFields,
    label: z.string().max(500),
    conditions: conditionsSchema.nullish(),
    meta: conditionsSchema.nullish(),
  })
  .transform((b) => ({
    organizationId: b.organization_id,
    key: b.key,
    label: b.label,
    conditions: b.conditions ?? {},
    meta: b.meta ?? {},
  }));

export type ActivateInput = {
  organizationId: string;
  key: string;
  label: string;
  conditions?: Conditions;
  meta?: Conditions;
};

/**
 * Polar's activate: reserves one of the key's activation slots and answers with the activation
 * and its key (`LicenseKeyActivationCreated`).
 *
 * The key row is locked while the slots are counted, so concurrent activations can never exceed
 * `limit_activations`. An activation made under the same non-empty `conditions` (the same
 * machine, reinstalling) is returned as it is instead of taking another slot — also when the key
 * is at its limit.
 */
export async function activateLicenseKey(db: Db, input: ActivateInput, options: { audience?: LicenseKeyAudience } = {}) {
  const conditions = input.conditions ?? {};
  const { licenseKey, activation } = await db.$transaction(
    async (tx) => {
      const found = await findLicenseKey(tx, { organizationId: input.organizationId, key: input.key, lock: true });
      const { licenseKey } = checkLicenseKey(found, {}, "activate");
      if (licenseKey.limitActivations === null) throw licenseKeyError("activations_not_supported", "activate");

      if (Object.keys(conditions).length > 0) {
        const same = await tx.licenseKeyActivation.findFirst({
          where: { licenseKeyId: licenseKey.id, conditions: { equals: conditions } },
          orderBy: { createdAt: "asc" },
          select: activationSelect,
        });
        if (same) return { licenseKey, activation: same };
      }

      const used = await tx.licenseKeyActivation.count({ where: { licenseKeyId: licenseKey.id } });
      if (used >= licenseKey.limitActivations) throw licenseKeyError("activation_limit_reached", "activate");
      const created = await tx.licenseKeyActivation.create({
        data: { licenseKeyId: licenseKey.id, label: input.label, conditions, meta: input.meta ?? {} },
        select: activationSelect,
      });
      return { licenseKey, activation: created };
    },
    // Activations of one key queue on its row lock; under a burst the last in line waits for all
    // the others, which must not turn into a transaction timeout (a 500).
    { maxWait: 15_000, timeout: 15_000 },
  );

  return {
    ...serializeActivation(activation),
    license_key: serializeLicenseKey(licenseKey, options.audience ?? "public"),
  };
}

export type LicenseKeyActivationCreated = Awaited<ReturnType<typeof activateLicenseKey>>;
