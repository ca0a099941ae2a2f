import type { Db } from "@/lib/db";
import { lockProductOrThrow } from "@/lib/products/lock-product-or-throw";
import { planPrices } from "@/lib/products/plan-prices";
import { intervalsForUpdate } from "@/lib/products/product-intervals";
import type { UpdateProductInput } from "@/lib/products/product-input";
import { productSelect } from "@/lib/products/serialize-product";

export type { UpdateProductInput };

/**
 * Updates a product. `prices` replaces the live set: `{id}` keeps a price, a new object creates
 * one, and a price left out is archived. Benefits change through setProductBenefits only.
 */
export async function updateProduct(db: Db, organizationId: string, id: string, input: UpdateProductInput) {
  return db.$transaction(async (tx) => {
    await lockProductOrThrow(tx, organizationId, id);
    const current = await tx.product.findUniqueOrThrow({
      where: { id },
      select: {
        recurringInterval: true,
        recurringIntervalCount: true,
        trialInterval: true,
        trialIntervalCount: true,
        prices: { where: { isArchived: false }, select: { id: true, priceCurrency: true } },
      },
    });
    const intervals = intervalsForUpdate(current, input);
    const plan = input.prices ? planPrices(current.prices, input.prices) : null;

    if (plan?.archiveIds.length) {
      await tx.productPrice.updateMany({ where: { id: { in: plan.archiveIds } }, data: { isArchived: true } });
    }
    return tx.product.update({
      where: { id },
      data: {
        name: input.name,
        description: input.description,
        isArchived: input.is_archived,
        visibility: input.visibility,
        metadata: input.metadata,
        ...intervals,
        // Touch the product even when only its prices change.
        modifiedAt: new Date(),
        ...(plan?.create.length ? { prices: { createMany: { data: plan.create } } } : {}),
      },
      select: productSelect,
    });
  });
}
