import type { DbTx } from "@/lib/db";

export type BenefitProduct = { id: string; name: string; isArchived: boolean };

/** The products each benefit is attached to (benefit id → products, by name). */
export async function listBenefitProducts(db: DbTx, organizationId: string, benefitIds: string[]) {
  const rows = await db.productBenefit.findMany({
    where: { benefitId: { in: benefitIds }, product: { organizationId } },
    select: { benefitId: true, product: { select: { id: true, name: true, isArchived: true } } },
    orderBy: { product: { name: "asc" } },
  });
  const byBenefit = new Map<string, BenefitProduct[]>(benefitIds.map((id) => [id, []]));
  for (const row of rows) byBenefit.get(row.benefitId)?.push(row.product);
  return byBenefit;
}
