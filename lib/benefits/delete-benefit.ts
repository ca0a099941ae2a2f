import { getBenefitOrThrow } from "@/lib/benefits/get-benefit-or-throw";
import type { Db } from "@/lib/db";

/**
 * Soft-deletes a benefit and detaches it from every product. Grants keep pointing at it so their
 * history stays readable (revoking them is the grant engine's job).
 */
export async function deleteBenefit(db: Db, organizationId: string, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const benefit = await getBenefitOrThrow(tx, organizationId, id);
    await tx.productBenefit.deleteMany({ where: { benefitId: benefit.id } });
    await tx.benefit.update({ where: { id: benefit.id }, data: { deletedAt: new Date() } });
  });
}
