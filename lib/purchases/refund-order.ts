import { ApiError } from "@/lib/api/errors";
import type { Db, DbTx } from "@/lib/db";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { deliverInlineGrants } from "@/lib/grants/deliver-inline-grants";
import { notifyRunner } from "@/lib/jobs/notify-runner";
import { lockCustomer } from "@/lib/purchases/lock-customer";
import type { RefundOrderInput } from "@/lib/purchases/order-input";
import { revokeData } from "@/lib/purchases/plan-subscription-update";
import { orderSelect } from "@/lib/purchases/serialize-order";
import { syncScope } from "@/lib/purchases/sync-scope";

export type { RefundOrderInput };

/**
 * Records a refund the billing system made. The amount (default: all that is left) moves the
 * order to partially_refunded or refunded. Benefits stay unless `revoke_benefits`: then a
 * one-time order's grants are revoked; for an order of a subscription the subscription itself is
 * revoked (canceled and ended now), since its benefits belong to the subscription, not the order.
 */
export async function refundOrder(db: Db, organizationId: string, id: string, input: RefundOrderInput, now = new Date()) {
  const order = await db.$transaction(async (tx) => {
    const found = await tx.order.findFirst({ where: { id, organizationId }, select: { customerId: true } });
    if (!found) throw ApiError.notFound("Order");
    await lockCustomer(tx, found.customerId);
    await tx.$queryRaw`SELECT id FROM orders WHERE id = ${id}::uuid FOR UPDATE`;
    const current = await tx.order.findUniqueOrThrow({
      where: { id },
      select: { amount: true, refundedAmount: true, refundedAt: true, benefitsRevokedAt: true, subscriptionId: true },
    });

    const refundable = current.amount - current.refundedAmount;
    const amount = input.amount ?? refundable;
    if (amount > refundable) throw ApiError.invalid(["body", "amount"], `Exceeds the refundable amount (${refundable})`);
    if (amount === 0 && !input.revoke_benefits) {
      throw ApiError.invalid(["body", "amount"], refundable === 0 ? "The order is already fully refunded" : "Must be greater than 0");
    }
    const refundedAmount = current.refundedAmount + amount;
    const status: OrderStatus = refundedAmount >= current.amount ? "refunded" : refundedAmount > 0 ? "partially_refunded" : "paid";
    await tx.order.update({
      where: { id },
      data: {
        refundedAmount,
        status,
        refundedAt: amount > 0 ? now : current.refundedAt,
        benefitsRevokedAt: input.revoke_benefits ? (current.benefitsRevokedAt ?? now) : current.benefitsRevokedAt,
      },
    });
    if (!current.subscriptionId) await syncScope(tx, { orderId: id }, now);
    else if (input.revoke_benefits) await revokeSubscription(tx, current.subscriptionId, now);
    return tx.order.findUniqueOrThrow({ where: { id }, select: orderSelect });
  });
  await deliverInlineGrants(db, order.customerId);
  notifyRunner();
  return order;
}

async function revokeSubscription(tx: DbTx, subscriptionId: string, now: Date) {
  const s = await tx.subscription.findUniqueOrThrow({ where: { id: subscriptionId }, select: { endedAt: true, canceledAt: true } });
  if (s.endedAt === null) await tx.subscription.update({ where: { id: subscriptionId }, data: revokeData(s, now) });
  await syncScope(tx, { subscriptionId }, now);
}
