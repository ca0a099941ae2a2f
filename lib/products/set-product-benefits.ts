import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db";
import { lockProductOrThrow } from "@/lib/products/lock-product-or-throw";
import { productSelect } from "@/lib/products/serialize-product";

/**
 * Replaces a product's benefits with an ordered list: list order becomes ProductBenefit.position
 * (0-based), the grant and display order. The product row is locked first, so concurrent calls
 * apply one whole list after the other and never interleave positions.
 */
export async function setProductBenefits(db: Db, organizationId: string, productId: string, benefitIds: string[]) {
  const seen = new Set<string>();
  benefitIds.forEach((id, index) => {
    if (seen.has(id)) throw ApiError.invalid(["body", "benefits", index], "Benefit is listed more than once");
    seen.add(id);
  });

  return db.$transaction(async (tx) => {
    await lockProductOrThrow(tx, organizationId, productId);
    const live = await tx.benefit.findMany({
      where: { id: { in: benefitIds }, organizationId, deletedAt: null },
      select: { id: true },
    });
    const liveIds = new Set(live.map((b) => b.id));
    const missing = benefitIds.findIndex((id) => !liveIds.has(id));
    // Another organization's benefit is reported like a missing one: its existence is not revealed.
    if (missing !== -1) throw ApiError.invalid(["body", "benefits", missing], "Benefit does not exist");

    await tx.productBenefit.deleteMany({ where: { productId } });
    await tx.productBenefit.createMany({ data: benefitIds.map((benefitId, position) => ({ productId, benefitId, position })) });
    return tx.product.update({ where: { id: productId }, data: { modifiedAt: new Date() }, select: productSelect });
  });
}
