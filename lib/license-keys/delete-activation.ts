import { ApiError } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";

/**
 * The merchant removes an activation, freeing its slot. One conditional DELETE: it removes the
 * row only when it belongs to this key of this organization, so another organization's
 * activation (or a second delete of the same one) is a 404.
 */
export async function deleteActivation(db: DbTx, organizationId: string, licenseKeyId: string, activationId: string): Promise<void> {
  const { count } = await db.licenseKeyActivation.deleteMany({
    where: { id: activationId, licenseKeyId, licenseKey: { organizationId } },
  });
  if (count === 0) throw ApiError.notFound("License key activation");
}
