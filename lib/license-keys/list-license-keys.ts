import { pageArgs, type Page } from "@/lib/api/pagination";
import type { DbTx } from "@/lib/db";
import type { LicenseKeyStatus, Prisma } from "@/lib/generated/prisma/client";
import { licenseKeySelect } from "@/lib/license-keys/serialize-license-key";

// The benefit's name and the activation count are for the dashboard's table; the API's
// serializer leaves them out.
const listSelect = {
  ...licenseKeySelect,
  benefit: { select: { description: true } },
  _count: { select: { activations: true } },
} as const;

export type LicenseKeyFilters = {
  organizationIds?: string[];
  benefitIds?: string[];
  customerIds?: string[];
  statuses?: LicenseKeyStatus[];
  /** Part of the customer's email, or the end of the key (what `display_key` shows). */
  query?: string;
};

/**
 * The organization's license keys, newest first (Polar's list takes no sorting). Filters of one
 * kind match any of their values; kinds combine with AND.
 */
export async function listLicenseKeys(db: DbTx, organizationId: string, filters: LicenseKeyFilters, page: Page) {
  const where: Prisma.LicenseKeyWhereInput = {
    organizationId,
    AND: [
      filters.organizationIds?.length ? { organizationId: { in: filters.organizationIds } } : {},
      filters.benefitIds?.length ? { benefitId: { in: filters.benefitIds } } : {},
      filters.customerIds?.length ? { customerId: { in: filters.customerIds } } : {},
      filters.statuses?.length ? { status: { in: filters.statuses } } : {},
      searchCondition(filters.query),
    ],
  };
  const [items, total] = await Promise.all([
    db.licenseKey.findMany({ where, select: listSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...pageArgs(page) }),
    db.licenseKey.count({ where }),
  ]);
  return { items, total };
}

function searchCondition(raw: string | undefined): Prisma.LicenseKeyWhereInput {
  const query = raw?.trim();
  if (!query) return {};
  // A pasted display key ("****-7A8B9C") searches by its visible suffix.
  const suffix = query.replace(/^[*\s-]+/, "");
  return {
    OR: [
      { customer: { email: { contains: query, mode: "insensitive" } } },
      ...(suffix ? [{ key: { endsWith: suffix, mode: "insensitive" as const } }] : []),
    ],
  };
}
