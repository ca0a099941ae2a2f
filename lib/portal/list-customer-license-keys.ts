import { pageArgs, type Page } from "@/lib/api/pagination";
import type { DbTx } from "@/lib/db";
import { licenseKeySelect } from "@/lib/license-keys/serialize-license-key";

/** This customer's keys (every status: a revoked key says why an app stopped working), newest first. */
export async function listCustomerLicenseKeys(db: DbTx, customerId: string, filters: { benefitId?: string }, page: Page) {
  const where = { customerId, ...(filters.benefitId ? { benefitId: filters.benefitId } : {}) };
  const [items, total] = await Promise.all([
    db.licenseKey.findMany({ where, select: licenseKeySelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...pageArgs(page) }),
    db.licenseKey.count({ where }),
  ]);
  return { items, total };
}
