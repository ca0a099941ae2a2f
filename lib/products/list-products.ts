import { pageArgs, type Page } from "@/lib/api/pagination";
import type { DbTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { productSelect } from "@/lib/products/serialize-product";

export const PRODUCT_SORTING = ["created_at", "-created_at", "name", "-name"] as const;
export type ProductSorting = (typeof PRODUCT_SORTING)[number];

export type ProductFilters = {
  ids?: string[];
  organizationIds?: string[];
  query?: string;
  isArchived?: boolean;
  isRecurring?: boolean;
  benefitIds?: string[];
  visibility?: string[];
  metadata?: Prisma.ProductWhereInput[];
};

export async function listProducts(
  db: DbTx,
  organizationId: string,
  filters: ProductFilters,
  sorting: ProductSorting[],
  page: Page,
) {
  const conditions: Prisma.ProductWhereInput[] = [
    filters.ids?.length ? { id: { in: filters.ids } } : {},
    filters.organizationIds?.length ? { organizationId: { in: filters.organizationIds } } : {},
    filters.query ? { name: { contains: filters.query, mode: "insensitive" } } : {},
    filters.isArchived !== undefined ? { isArchived: filters.isArchived } : {},
    filters.isRecurring !== undefined ? { recurringInterval: filters.isRecurring ? { not: null } : null } : {},
    filters.benefitIds?.length
      ? { productBenefits: { some: { benefitId: { in: filters.benefitIds }, benefit: { deletedAt: null } } } }
      : {},
    filters.visibility?.length ? { visibility: { in: filters.visibility } } : {},
    ...(filters.metadata ?? []),
  ];
  const where: Prisma.ProductWhereInput = { organizationId, AND: conditions };
  const [items, total] = await Promise.all([
    db.product.findMany({ where, select: productSelect, orderBy: orderBy(sorting), ...pageArgs(page) }),
    db.product.count({ where }),
  ]);
  return { items, total };
}

function orderBy(sorting: ProductSorting[]): Prisma.ProductOrderByWithRelationInput[] {
  const clauses = sorting.map((s): Prisma.ProductOrderByWithRelationInput => {
    const direction = s.startsWith("-") ? "desc" : "asc";
    return s.endsWith("name") ? { name: direction } : { createdAt: direction };
  });
  // A stable tiebreak so pages never overlap.
  return [...clauses, { id: "desc" }];
}
