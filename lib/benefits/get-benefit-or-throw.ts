import { ApiError } from "@/lib/api/errors";
import { benefitSelect } from "@/lib/benefits/serialize-benefit";
import type { DbTx } from "@/lib/db";

/** A live benefit of this organization; another organization's or a deleted one is a 404. */
export async function getBenefitOrThrow(db: DbTx, organizationId: string, id: string) {
  const benefit = await db.benefit.findFirst({
    where: { id, organizationId, deletedAt: null },
    select: benefitSelect,
  });
  if (!benefit) throw ApiError.notFound("Benefit");
  return benefit;
}
