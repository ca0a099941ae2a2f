import { z } from "zod";
import type { Db } from "@/lib/db";
import { findLicenseKey } from "@/lib/license-keys/find-license-key";
import { licenseKeyError } from "@/lib/license-keys/license-key-error";
import { licenseKeyFields } from "@/lib/license-keys/validate-license-key-rules";

/** Polar's `LicenseKeyDeactivate`. */
export const deactivateLicenseKeyBody = z
  .object({ ...licenseKeyFields, activation_id: z.uuid() })
  .transform((b) => ({ organizationId: b.organization_id, key: b.key, activationId: b.activation_id }));

const isUuid = (id: string) => z.uuid().safeParse(id).success;

/**
 * Frees one activation slot of a key (the activation row is deleted). Works whatever the key's
 * status — a customer must be able to move a revoked or expired key's machines around too.
 * Callers: the license API and the customer portal's "deactivate" button.
 */
export async function deactivateLicenseKey(
  db: Db,
  input: { organizationId: string; key: string; activationId: string },
): Promise<void> {
  const found = await findLicenseKey(db, { organizationId: input.organizationId, key: input.key });
  if (!found) throw licenseKeyError("not_found", "deactivate");
  // A malformed id cannot name an activation; asking PostgreSQL would fail the uuid cast instead.
  if (!isUuid(input.activationId)) throw licenseKeyError("activation_not_found", "deactivate");
  const { count } = await db.licenseKeyActivation.deleteMany({
    where: { id: input.activationId, licenseKeyId: found.licenseKey.id },
  });
  if (count === 0) throw licenseKeyError("activation_not_found", "deactivate");
}
