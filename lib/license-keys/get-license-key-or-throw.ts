import { ApiError } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";
import { activationSelect, licenseKeySelect } from "@/lib/license-keys/serialize-license-key";

/** A license key of this organization; another organization's is a 404. */
export async function getLicenseKeyOrThrow(db: DbTx, organizationId: string, id: string) {
  const key = await db.licenseKey.findFirst({ where: { id, organizationId }, select: licenseKeySelect });
  if (!key) throw ApiError.notFound("License key");
  return key;
}

/**
 * Polar's LicenseKeyWithActivations: the key and every activation, oldest first — plus, for the
 * dashboard, the benefit's name and the purchase behind the grant (the API leaves those out).
 */
export async function getLicenseKeyWithActivationsOrThrow(db: DbTx, organizationId: string, id: string) {
  const key = await db.licenseKey.findFirst({
    where: { id, organizationId },
    select: {
      ...licenseKeySelect,
      activations: { select: activationSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      benefit: { select: { description: true, deletedAt: true } },
      grant: { select: { orderId: true, subscriptionId: true } },
    },
  });
  if (!key) throw ApiError.notFound("License key");
  return key;
}

/**
 * Locks a key of this organization until the transaction ends (SELECT … FOR UPDATE) and reads
 * it. Activation and usage changes take the same row lock, so a limit checked here cannot be
 * overtaken by a concurrent activate or validate before this transaction commits.
 */
export async function lockLicenseKeyOrThrow(tx: DbTx, organizationId: string, id: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM license_keys WHERE id = ${id}::uuid AND organization_id = ${organizationId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw ApiError.notFound("License key");
  return tx.licenseKey.findUniqueOrThrow({ where: { id }, select: licenseKeySelect });
}
