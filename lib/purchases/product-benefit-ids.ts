import type { DbTx } from "@/lib/db";

/** The product's live benefits in grant order (ProductBenefit.position); deleted benefits never count. */
export async function productBenefitIds(tx: DbTx, productId: string): Promise<string[]> {
  const rows = await tx.productBenefit.findMany({
    where: { productId, benefit: { deletedAt: null } },
    orderBy: [{ position: "asc" }, { benefitId: "asc" }],
    select: { benefitId: true },
  });
  return rows.map((r) => r.benefitId);
}
