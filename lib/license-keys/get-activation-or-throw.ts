import { ApiError } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";
import { activationSelect, licenseKeySelect } from "@/lib/license-keys/serialize-license-key";

/**
 * An activation of this key of this organization, with its key (Polar's LicenseKeyActivationRead).
 * Another organization's, or one that belongs to a different key, is a 404.
 */
export async function getActivationOrThrow(db: DbTx, organizationId: string, licenseKeyId: string, activationId: string) {
  const activation = await db.licenseKeyActivation.findFirst({
    where: { id: activationId, licenseKeyId, licenseKey: { organizationId } },
    select: { ...activationSelect, licenseKey: { select: licenseKeySelect } },
  });
  if (!activation) throw ApiError.notFound("License key activation");
  return activation;
}
