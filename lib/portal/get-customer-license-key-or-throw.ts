import { ApiError } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";
import { activationSelect, licenseKeySelect, serializeActivation } from "@/lib/license-keys/serialize-license-key";
import { serializeCustomerLicenseKey } from "@/lib/portal/serialize-customer-license-key";

/**
 * Polar's `LicenseKeyWithActivations` for one of this customer's keys; another customer's is a
 * 404. Activations are listed even when the benefit does not let customers remove them (Polar
 * then sends none): they are the customer's own machines, and the portal page shows them too.
 */
export async function getCustomerLicenseKeyOrThrow(db: DbTx, customerId: string, id: string) {
  const row = await db.licenseKey.findFirst({
    where: { id, customerId },
    select: { ...licenseKeySelect, activations: { select: activationSelect, orderBy: { createdAt: "asc" } } },
  });
  if (!row) throw ApiError.notFound("License key");
  return { ...serializeCustomerLicenseKey(row), activations: row.activations.map(serializeActivation) };
}
