import { pageArgs, type Page } from "@/lib/api/pagination";
import type { DbTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { GrantSorting } from "@/lib/grants/grant-input";
import { grantSelect } from "@/lib/grants/serialize-grant";

export type GrantFilters = {
  organizationIds?: string[];
  customerIds?: string[];
  externalCustomerIds?: string[];
  benefitIds?: string[];
  isGranted?: boolean;
  isRevoked?: boolean;
};

/** This organization's grants, including those of deleted benefits and customers (their history). */
export async function listGrants(db: DbTx, organizationId: string, filters: GrantFilters, sorting: GrantSorting[], page: Page) {
  const conditions: Prisma.BenefitGrantWhereInput[] = [
    filters.organizationIds?.length ? { organizationId: { in: filters.organizationIds } } : {},
    filters.customerIds?.length ? { customerId: { in: filters.customerIds } } : {},
    filters.externalCustomerIds?.length ? { customer: { externalId: { in: filters.externalCustomerIds } } } : {},
    filters.benefitIds?.length ? { benefitId: { in: filters.benefitIds } } : {},
    filters.isGranted === undefined ? {} : filters.isGranted ? { status: "granted" } : { status: { not: "granted" } },
    filters.isRevoked === undefined ? {} : filters.isRevoked ? { status: "revoked" } : { status: { not: "revoked" } },
  ];
  const where: Prisma.BenefitGrantWhereInput = { organizationId, AND: conditions };
  const [items, total] = await Promise.all([
    db.benefitGrant.findMany({ where, select: grantSelect, orderBy: orderBy(sorting), ...pageArgs(page) }),
    db.benefitGrant.count({ where }),
  ]);
  return { items, total };
}

function orderBy(sorting: GrantSorting[]): Prisma.BenefitGrantOrderByWithRelationInput[] {
  const clauses = sorting.map((s): Prisma.BenefitGrantOrderByWithRelationInput => {
    const direction = s.startsWith("-") ? "desc" : "asc";
    const field = s.replace(/^-/, "");
    if (field === "granted_at") return { grantedAt: { sort: direction, nulls: "last" } };
    if (field === "revoked_at") return { revokedAt: { sort: direction, nulls: "last" } };
    return { createdAt: direction };
  });
  // A stable tiebreak so pages never overlap.
  return [...clauses, { id: "desc" }];
}
