import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db";
import { notifyRunner } from "@/lib/jobs/notify-runner";
import { lockProductOrThrow } from "@/lib/products/lock-product-or-throw";
import { productSelect } from "@/lib/products/serialize-product";
import { resyncProductHolders } from "@/lib/purchases/resync-product-holders";

// Re-deciding every holder's grants runs in this transaction; a product with many holders needs time.
const HOLDERS_TIMEOUT_MS = 120_000;

/**
 * Replaces a product's benefits with an ordered list: list order becomes ProductBenefit.position
 * (0-based), the grant and display order. The product row is locked first, so concurrent calls
 * apply one whole list after the other and never interleave positions. Every current holder of
 * the product (orders and subscriptions that hold its benefits) is re-evaluated in the same
 * transaction: a removed benefit is revoked from them, an added one granted, in the new order.
 */
export async function setProductBenefits(db: Db, organizationId: string, productId: string, benefitIds: string[]) {
  const seen = new Set<string>();
  benefitIds.forEach((id, index) => {
    if (seen.has(id)) throw ApiError.invalid(["body", "benefits", index], "Benefit is listed more than once");
    seen.add(id);
  });

  const product = await db.$transaction(async (tx) => {
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
    await resyncProductHolders(tx, productId);
    return tx.product.update({ where: { id: productId }, data: { modifiedAt: new Date() }, select: productSelect });
  }, { timeout: HOLDERS_TIMEOUT_MS });
  notifyRunner();
  return product;
}
