import { pageArgs, type Page } from "@/lib/api/pagination";
import { customerSelect } from "@/lib/customers/serialize-customer";
import type { DbTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const CUSTOMER_SORTING = ["created_at", "-created_at", "email", "-email", "name", "-name"] as const;
export type CustomerSorting = (typeof CUSTOMER_SORTING)[number];

export type CustomerFilters = {
  organizationIds?: string[];
  email?: string;
  query?: string;
  /** Has an active or trialing subscription. */
  isActive?: boolean;
  metadata?: Prisma.CustomerWhereInput[];
};

export async function listCustomers(
  db: DbTx,
  organizationId: string,
  filters: CustomerFilters,
  sorting: CustomerSorting[],
  page: Page,
) {
  const activeSubscription: Prisma.SubscriptionListRelationFilter = { some: { status: { in: ["active", "trialing"] } } };
  const conditions: Prisma.CustomerWhereInput[] = [
    filters.organizationIds?.length ? { organizationId: { in: filters.organizationIds } } : {},
    filters.email ? { email: { equals: filters.email.trim(), mode: "insensitive" } } : {},
    filters.query
      ? {
          OR: [
            { email: { contains: filters.query, mode: "insensitive" } },
            { name: { contains: filters.query, mode: "insensitive" } },
            { externalId: { contains: filters.query, mode: "insensitive" } },
          ],
        }
      : {},
    filters.isActive === undefined ? {} : filters.isActive ? { subscriptions: activeSubscription } : { NOT: { subscriptions: activeSubscription } },
    ...(filters.metadata ?? []),
  ];
  const where: Prisma.CustomerWhereInput = { organizationId, deletedAt: null, AND: conditions };
  const [items, total] = await Promise.all([
    db.customer.findMany({ where, select: customerSelect, orderBy: orderBy(sorting), ...pageArgs(page) }),
    db.customer.count({ where }),
  ]);
  return { items, total };
}

function orderBy(sorting: CustomerSorting[]): Prisma.CustomerOrderByWithRelationInput[] {
  const clauses = sorting.map((s): Prisma.CustomerOrderByWithRelationInput => {
    const direction = s.startsWith("-") ? "desc" : "asc";
    const field = s.replace(/^-/, "");
    if (field === "email") return { email: direction };
    if (field === "name") return { name: { sort: direction, nulls: "last" } };
    return { createdAt: direction };
  });
  // A stable tiebreak so pages never overlap.
  return [...clauses, { id: "desc" }];
}
