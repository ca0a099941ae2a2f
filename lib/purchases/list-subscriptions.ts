import { pageArgs, type Page } from "@/lib/api/pagination";
import type { DbTx } from "@/lib/db";
import type { Prisma, SubscriptionStatus } from "@/lib/generated/prisma/client";
import { subscriptionSelect } from "@/lib/purchases/serialize-subscription";

// Polar's SubscriptionSortProperty (discounts do not exist here: that key sorts by start) plus created_at.
const FIELDS = ["started_at", "created_at", "customer", "status", "current_period_end", "ended_at", "ends_at", "amount", "product", "discount"] as const;
export const SUBSCRIPTION_SORTING = FIELDS.flatMap((f) => [f, `-${f}`] as const);
export type SubscriptionSorting = (typeof SUBSCRIPTION_SORTING)[number];

export type SubscriptionFilters = {
  organizationIds?: string[];
  productIds?: string[];
  customerIds?: string[];
  externalCustomerIds?: string[];
  /** Polar's `active`: active or trialing (true), anything else (false). */
  isActive?: boolean;
  statuses?: SubscriptionStatus[];
  cancelAtPeriodEnd?: boolean;
  metadata?: Prisma.SubscriptionWhereInput[];
};

const ACTIVE: SubscriptionStatus[] = ["active", "trialing"];

export async function listSubscriptions(
  db: DbTx,
  organizationId: string,
  filters: SubscriptionFilters,
  sorting: SubscriptionSorting[],
  page: Page,
) {
  const conditions: Prisma.SubscriptionWhereInput[] = [
    filters.organizationIds?.length ? { organizationId: { in: filters.organizationIds } } : {},
    filters.productIds?.length ? { productId: { in: filters.productIds } } : {},
    filters.customerIds?.length ? { customerId: { in: filters.customerIds } } : {},
    filters.externalCustomerIds?.length ? { customer: { externalId: { in: filters.externalCustomerIds } } } : {},
    filters.isActive === undefined ? {} : { status: filters.isActive ? { in: ACTIVE } : { notIn: ACTIVE } },
    filters.statuses?.length ? { status: { in: filters.statuses } } : {},
    filters.cancelAtPeriodEnd === undefined ? {} : { cancelAtPeriodEnd: filters.cancelAtPeriodEnd },
    ...(filters.metadata ?? []),
  ];
  const where: Prisma.SubscriptionWhereInput = { organizationId, AND: conditions };
  const [items, total] = await Promise.all([
    db.subscription.findMany({ where, select: subscriptionSelect, orderBy: orderBy(sorting), ...pageArgs(page) }),
    db.subscription.count({ where }),
  ]);
  return { items, total };
}

function orderBy(sorting: SubscriptionSorting[]): Prisma.SubscriptionOrderByWithRelationInput[] {
  const clauses = sorting.map((s): Prisma.SubscriptionOrderByWithRelationInput => {
    const direction = s.startsWith("-") ? "desc" : "asc";
    const nullable = (field: "currentPeriodEnd" | "endedAt" | "endsAt" | "startedAt") => ({ [field]: { sort: direction, nulls: "last" } });
    switch (s.replace(/^-/, "")) {
      case "created_at":
        return { createdAt: direction };
      case "customer":
        return { customer: { email: direction } };
      case "status":
        return { status: direction };
      case "current_period_end":
        return nullable("currentPeriodEnd");
      case "ended_at":
        return nullable("endedAt");
      case "ends_at":
        return nullable("endsAt");
      case "amount":
        return { amount: direction };
      case "product":
        return { product: { name: direction } };
      default:
        return nullable("startedAt");
    }
  });
  // A stable tiebreak so pages never overlap.
  return [...clauses, { id: "desc" }];
}
