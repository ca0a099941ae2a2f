import { ApiError } from "@/lib/api/errors";
import { pageArgs, type Page } from "@/lib/api/pagination";
import type { DbTx } from "@/lib/db";
import { activationSelect } from "@/lib/license-keys/serialize-license-key";

/**
 * One key's activations, oldest first (Benefactor's addition; Polar only nests them in the key).
 * A key of another organization is a 404, not an empty list.
 */
export async function listActivations(db: DbTx, organizationId: string, licenseKeyId: string, page: Page) {
  const key = await db.licenseKey.findFirst({ where: { id: licenseKeyId, organizationId }, select: { id: true } });
  if (!key) throw ApiError.notFound("License key");
  const where = { licenseKeyId: key.id };
  const [items, total] = await Promise.all([
    db.licenseKeyActivation.findMany({ where, select: activationSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }], ...pageArgs(page) }),
    db.licenseKeyActivation.count({ where }),
  ]);
  return { items, total };
}
