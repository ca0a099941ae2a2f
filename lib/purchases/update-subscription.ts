import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deliverInlineGrants } from "@/lib/grants/deliver-inline-grants";
import { notifyRunner } from "@/lib/jobs/notify-runner";
import { lockPurchaseProduct } from "@/lib/purchases/lock-purchase-product";
import { lockSubscriptionOrThrow } from "@/lib/purchases/lock-subscription-or-throw";
import { planSubscriptionUpdate } from "@/lib/purchases/plan-subscription-update";
import { recordRenewal } from "@/lib/purchases/record-renewal";
import { subscriptionSelect } from "@/lib/purchases/serialize-subscription";
import type { UpdateSubscriptionInput } from "@/lib/purchases/subscription-input";
import { syncScope } from "@/lib/purchases/sync-scope";

export type { UpdateSubscriptionInput };

type Options = { now?: Date; isRevokeForbidden?: boolean };

/**
 * Applies one change to a subscription — cancel at period end (or undo it), revoke, a status the
 * billing system reports, a product change or a renewal — and re-decides its grants in the same
 * transaction. A product change grants what the new product adds and revokes what it lacks;
 * a renewal records a `subscription_cycle` order and cycles the granted grants.
 */
export async function updateSubscription(db: Db, organizationId: string, id: string, input: UpdateSubscriptionInput, options: Options = {}) {
  const now = options.now ?? new Date();
  const subscription = await db.$transaction(async (tx) => {
    const exists = await tx.subscription.count({ where: { id, organizationId } });
    if (!exists) throw ApiError.notFound("Subscription");
    // Lock order: the new product (share), then the customer, then the subscription.
    const newProduct = input.product_id
      ? await lockPurchaseProduct(tx, organizationId, input.product_id, { loc: ["body", "product_id"], isRecurring: true })
      : null;
    const current = await lockSubscriptionOrThrow(tx, organizationId, id);
    const plan = planSubscriptionUpdate(current, input, now, { isRevokeForbidden: options.isRevokeForbidden });

    const data: Prisma.SubscriptionUncheckedUpdateInput = { ...plan.data, metadata: input.metadata };
    if (newProduct && plan.data.productId) {
      data.amount = newProduct.amount;
      data.currency = newProduct.currency;
    }
    // A no-op (the state asked for is the current one) leaves the row, and modified_at, alone.
    if (Object.values(data).some((v) => v !== undefined)) await tx.subscription.update({ where: { id }, data });
    await syncScope(tx, { subscriptionId: id }, now);
    if (plan.isRenewal) await recordRenewal(tx, current);
    return tx.subscription.findUniqueOrThrow({ where: { id }, select: subscriptionSelect });
  });
  await deliverInlineGrants(db, subscription.customerId);
  notifyRunner();
  return subscription;
}
