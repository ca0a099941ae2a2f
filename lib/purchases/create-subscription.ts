import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db";
import { deliverInlineGrants } from "@/lib/grants/deliver-inline-grants";
import { notifyRunner } from "@/lib/jobs/notify-runner";
import { addInterval } from "@/lib/purchases/add-interval";
import { lockCustomer } from "@/lib/purchases/lock-customer";
import { lockPurchaseProduct, type PurchaseProduct } from "@/lib/purchases/lock-purchase-product";
import { resolvePurchaseCustomer } from "@/lib/purchases/resolve-purchase-customer";
import { subscriptionSelect } from "@/lib/purchases/serialize-subscription";
import type { CreateSubscriptionInput } from "@/lib/purchases/subscription-input";
import { syncScope } from "@/lib/purchases/sync-scope";

export type { CreateSubscriptionInput };

/**
 * Records a subscription the merchant's billing system started (active or trialing) and targets
 * its grants in the same transaction. An active one also gets its first order
 * (`subscription_create`, the first period's payment), so a refund can refer to it; a trial has
 * no payment, hence no order.
 */
export async function createSubscription(db: Db, organizationId: string, input: CreateSubscriptionInput, now = new Date()) {
  if (input.organization_id && input.organization_id !== organizationId) {
    throw ApiError.invalid(["body", "organization_id"], "Does not match the organization of your access token");
  }
  const subscription = await db.$transaction(async (tx) => {
    const product = await lockPurchaseProduct(tx, organizationId, input.product_id, { loc: ["body", "product_id"], isRecurring: true });
    const start = input.current_period_start ?? now;
    const end = input.current_period_end ?? defaultPeriodEnd(product, start, input.status === "trialing");
    if (end <= start) throw ApiError.invalid(["body", "current_period_end"], "Must be after current_period_start");
    const customerId = await resolvePurchaseCustomer(tx, organizationId, input);
    await lockCustomer(tx, customerId);

    const amount = input.amount ?? product.amount;
    const currency = input.currency ?? product.currency;
    const { id } = await tx.subscription.create({
      data: {
        organizationId,
        customerId,
        productId: product.id,
        status: input.status,
        currentPeriodStart: start,
        currentPeriodEnd: end,
        startedAt: start,
        amount,
        currency,
        metadata: input.metadata,
      },
      select: { id: true },
    });
    if (input.status === "active") {
      await tx.order.create({
        data: { organizationId, customerId, productId: product.id, subscriptionId: id, billingReason: "subscription_create", amount, currency },
      });
    }
    await syncScope(tx, { subscriptionId: id }, now);
    return tx.subscription.findUniqueOrThrow({ where: { id }, select: subscriptionSelect });
  });
  await deliverInlineGrants(db, subscription.customerId);
  notifyRunner();
  return subscription;
}

/** One trial interval when trialing on a product that has one, else one billing interval. */
function defaultPeriodEnd(product: PurchaseProduct, start: Date, isTrialing: boolean): Date {
  if (isTrialing && product.trialInterval) return addInterval(start, product.trialInterval, product.trialIntervalCount);
  // lockPurchaseProduct checked the product is recurring.
  return addInterval(start, product.recurringInterval ?? "month", product.recurringIntervalCount);
}
