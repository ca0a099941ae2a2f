import { ApiError } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";

type Options = { loc: (string | number)[]; isRecurring: boolean };

/**
 * The product a new order, subscription or plan change points at, share-locked until the
 * transaction ends. setProductBenefits locks the product FOR UPDATE before re-evaluating its
 * holders, so a purchase either sees the new benefit list or is seen by that re-evaluation —
 * never neither. Lock order everywhere: products, then the customer.
 *
 * Another organization's product is reported like a missing one (422 on the body field).
 */
export async function lockPurchaseProduct(tx: DbTx, organizationId: string, productId: string, { loc, isRecurring }: Options) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM products WHERE id = ${productId}::uuid AND organization_id = ${organizationId}::uuid FOR SHARE`;
  if (rows.length === 0) throw ApiError.invalid(loc, "Product does not exist");
  const product = await tx.product.findUniqueOrThrow({
    where: { id: productId },
    select: {
      id: true,
      isArchived: true,
      recurringInterval: true,
      recurringIntervalCount: true,
      trialInterval: true,
      trialIntervalCount: true,
      prices: {
        where: { isArchived: false },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 1,
        select: { amountType: true, priceAmount: true, minimumAmount: true, presetAmount: true, priceCurrency: true },
      },
    },
  });
  if (product.isArchived) throw ApiError.invalid(loc, "Product is archived");
  if (isRecurring && product.recurringInterval === null) {
    throw ApiError.invalid(loc, "Must be a recurring product (one-time products are sold with POST /v1/orders/)");
  }
  if (!isRecurring && product.recurringInterval !== null) {
    throw ApiError.invalid(loc, "Must be a one-time product (recurring products are sold with POST /v1/subscriptions/)");
  }
  const price = product.prices[0];
  // What the merchant charges by default: the fixed amount, or the preset/minimum of pay-what-you-want.
  const amount =
    price?.amountType === "fixed"
      ? (price.priceAmount ?? 0)
      : price?.amountType === "custom"
        ? (price.presetAmount ?? price.minimumAmount ?? 0)
        : 0;
  return {
    id: product.id,
    recurringInterval: product.recurringInterval,
    recurringIntervalCount: product.recurringIntervalCount ?? 1,
    trialInterval: product.trialInterval,
    trialIntervalCount: product.trialIntervalCount ?? 1,
    amount,
    currency: price?.priceCurrency ?? "usd",
  };
}

export type PurchaseProduct = Awaited<ReturnType<typeof lockPurchaseProduct>>;
