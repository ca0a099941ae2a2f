import { pageArgs, type Page } from "@/lib/api/pagination";
import type { DbTx } from "@/lib/db";
import type { OrderStatus, Prisma } from "@/lib/generated/prisma/client";
import { orderSelect } from "@/lib/purchases/serialize-order";

// Polar's OrderSortProperty. Benefactor has no invoices or discounts: those sort by creation.
const FIELDS = ["created_at", "status", "invoice_number", "amount", "net_amount", "customer", "product", "subscription", "discount"] as const;
export const ORDER_SORTING = FIELDS.flatMap((f) => [f, `-${f}`] as const);
export type OrderSorting = (typeof ORDER_SORTING)[number];

export type OrderFilters = {
  organizationIds?: string[];
  productIds?: string[];
  productBillingType?: "one_time" | "recurring";
  customerIds?: string[];
  externalCustomerIds?: string[];
  subscriptionIds?: string[];
  statuses?: OrderStatus[];
  metadata?: Prisma.OrderWhereInput[];
};

export async function listOrders(db: DbTx, organizationId: string, filters: OrderFilters, sorting: OrderSorting[], page: Page) {
  const conditions: Prisma.OrderWhereInput[] = [
    filters.organizationIds?.length ? { organizationId: { in: filters.organizationIds } } : {},
    filters.productIds?.length ? { productId: { in: filters.productIds } } : {},
    filters.productBillingType ? { product: { recurringInterval: filters.productBillingType === "recurring" ? { not: null } : null } } : {},
    filters.customerIds?.length ? { customerId: { in: filters.customerIds } } : {},
    filters.externalCustomerIds?.length ? { customer: { externalId: { in: filters.externalCustomerIds } } } : {},
    filters.subscriptionIds?.length ? { subscriptionId: { in: filters.subscriptionIds } } : {},
    filters.statuses?.length ? { status: { in: filters.statuses } } : {},
    ...(filters.metadata ?? []),
  ];
  const where: Prisma.OrderWhereInput = { organizationId, AND: conditions };
  const [items, total] = await Promise.all([
    db.order.findMany({ where, select: orderSelect, orderBy: orderBy(sorting), ...pageArgs(page) }),
    db.order.count({ where }),
  ]);
  return { items, total };
}

function orderBy(sorting: OrderSorting[]): Prisma.OrderOrderByWithRelationInput[] {
  const clauses = sorting.map((s): Prisma.OrderOrderByWithRelationInput => {
    const direction = s.startsWith("-") ? "desc" : "asc";
    switch (s.replace(/^-/, "")) {
      case "status":
        return { status: direction };
      case "amount":
      case "net_amount":
        return { amount: direction };
      case "customer":
        return { customer: { email: direction } };
      case "product":
        return { product: { name: direction } };
      case "subscription":
        return { subscriptionId: { sort: direction, nulls: "last" } };
      default:
        return { createdAt: direction };
    }
  });
  // A stable tiebreak so pages never overlap.
  return [...clauses, { id: "desc" }];
}
