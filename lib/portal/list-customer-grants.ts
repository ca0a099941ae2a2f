import { pageArgs, type Page } from "@/lib/api/pagination";
import type { DbTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BenefitType } from "@/lib/generated/prisma/enums";
import { portalGrantSelect } from "@/lib/portal/serialize-portal-grant";

/** Polar's CustomerBenefitGrantSortProperty, ascending or (with "-") descending. */
export const CUSTOMER_GRANT_SORTING = ["granted_at", "type", "organization", "product_benefit"].flatMap((s) => [s, `-${s}`]);
/** What the Polar SDK sends when the caller picks nothing: the products' benefit order, newest first. */
export const DEFAULT_CUSTOMER_GRANT_SORTING = ["product_benefit", "-granted_at"];

export type CustomerGrantFilters = {
  query?: string;
  types?: BenefitType[];
  benefitIds?: string[];
  orderIds?: string[];
  subscriptionIds?: string[];
  checkoutIds?: string[];
  memberIds?: string[];
};

/**
 * One customer's grants, as Polar's portal lists them: revoked ones are gone (the customer no
 * longer has them); pending, failed and action-required ones are listed with their state.
 */
export async function listCustomerGrants(db: DbTx, customerId: string, filters: CustomerGrantFilters, sorting: string[], page: Page) {
  const conditions: Prisma.BenefitGrantWhereInput[] = [
    filters.query ? { benefit: { description: { contains: filters.query, mode: "insensitive" } } } : {},
    filters.types?.length ? { benefit: { type: { in: filters.types } } } : {},
    filters.benefitIds?.length ? { benefitId: { in: filters.benefitIds } } : {},
    filters.orderIds?.length ? { orderId: { in: filters.orderIds } } : {},
    filters.subscriptionIds?.length ? { subscriptionId: { in: filters.subscriptionIds } } : {},
    // Purchases come from the merchant's billing system, never a checkout here, and customers
    // have no team members: grants of a checkout or a member are none.
    filters.checkoutIds?.length || filters.memberIds?.length ? { id: { in: [] } } : {},
  ];
  const where: Prisma.BenefitGrantWhereInput = { customerId, status: { not: "revoked" }, AND: conditions };
  const [items, total] = await Promise.all([
    db.benefitGrant.findMany({ where, select: portalGrantSelect, orderBy: orderBy(sorting), ...pageArgs(page) }),
    db.benefitGrant.count({ where }),
  ]);
  return { items, total };
}

function orderBy(sorting: string[]): Prisma.BenefitGrantOrderByWithRelationInput[] {
  const clauses = sorting.flatMap((s): Prisma.BenefitGrantOrderByWithRelationInput[] => {
    const direction = s.startsWith("-") ? "desc" : "asc";
    const field = s.replace(/^-/, "");
    if (field === "granted_at") return [{ grantedAt: { sort: direction, nulls: "last" } }];
    if (field === "type") return [{ benefit: { type: direction } }];
    // The grant keeps its benefit's position in the product it came from.
    if (field === "product_benefit") return [{ position: direction }];
    // "organization": a customer belongs to one organization, so it orders nothing.
    return [];
  });
  // A stable tiebreak so pages never overlap.
  return [...clauses, { id: "asc" }];
}
