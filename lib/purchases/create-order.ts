import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db";
import { deliverInlineGrants } from "@/lib/grants/deliver-inline-grants";
import { notifyRunner } from "@/lib/jobs/notify-runner";
import { lockCustomer } from "@/lib/purchases/lock-customer";
import { lockPurchaseProduct } from "@/lib/purchases/lock-purchase-product";
import type { CreateOrderInput } from "@/lib/purchases/order-input";
import { resolvePurchaseCustomer } from "@/lib/purchases/resolve-purchase-customer";
import { orderSelect } from "@/lib/purchases/serialize-order";
import { syncScope } from "@/lib/purchases/sync-scope";

export type { CreateOrderInput };

/**
 * Records a paid one-time order (the merchant's billing system took the money) and, in the same
 * transaction, targets a grant for each of the product's benefits, in the product's order.
 */
export async function createOrder(db: Db, organizationId: string, input: CreateOrderInput, now = new Date()) {
  if (input.organization_id && input.organization_id !== organizationId) {
    throw ApiError.invalid(["body", "organization_id"], "Does not match the organization of your access token");
  }
  const order = await db.$transaction(async (tx) => {
    const product = await lockPurchaseProduct(tx, organizationId, input.product_id, { loc: ["body", "product_id"], isRecurring: false });
    const customerId = await resolvePurchaseCustomer(tx, organizationId, input);
    await lockCustomer(tx, customerId);
    const { id } = await tx.order.create({
      data: {
        organizationId,
        customerId,
        productId: product.id,
        status: "paid",
        billingReason: "purchase",
        amount: input.amount ?? product.amount,
        currency: input.currency ?? product.currency,
        metadata: input.metadata,
      },
      select: { id: true },
    });
    await syncScope(tx, { orderId: id }, now);
    return tx.order.findUniqueOrThrow({ where: { id }, select: orderSelect });
  });
  await deliverInlineGrants(db, order.customerId);
  notifyRunner();
  return order;
}
