import { pageArgs, type Page } from "@/lib/api/pagination";
import { benefitSelect } from "@/lib/benefits/serialize-benefit";
import type { DbTx } from "@/lib/db";
import type { BenefitType, Prisma } from "@/lib/generated/prisma/client";

export type BenefitFilters = { types?: BenefitType[]; query?: string; ids?: string[] };

export async function listBenefits(db: DbTx, organizationId: string, filters: BenefitFilters, page: Page) {
  const where: Prisma.BenefitWhereInput = {
    organizationId,
    deletedAt: null,
    ...(filters.types?.length ? { type: { in: filters.types } } : {}),
    ...(filters.ids?.length ? { id: { in: filters.ids } } : {}),
    ...(filters.query ? { description: { contains: filters.query, mode: "insensitive" } } : {}),
  };
  const [items, total] = await Promise.all([
    db.benefit.findMany({ where, select: benefitSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...pageArgs(page) }),
    db.benefit.count({ where }),
  ]);
  return { items, total };
}
