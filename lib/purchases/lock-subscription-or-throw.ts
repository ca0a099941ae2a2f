import { ApiError } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";
import { lockCustomer } from "@/lib/purchases/lock-customer";

/**
 * Locks a subscription of this organization — its customer first, then the row — and reads its
 * latest state. Another organization's subscription is a 404.
 */
export async function lockSubscriptionOrThrow(tx: DbTx, organizationId: string, id: string) {
  const found = await tx.subscription.findFirst({ where: { id, organizationId }, select: { customerId: true } });
  if (!found) throw ApiError.notFound("Subscription");
  await lockCustomer(tx, found.customerId);
  await tx.$queryRaw`SELECT id FROM subscriptions WHERE id = ${id}::uuid FOR UPDATE`;
  return tx.subscription.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      organizationId: true,
      customerId: true,
      productId: true,
      status: true,
      cancelAtPeriodEnd: true,
      currentPeriodStart: true,
      currentPeriodEnd: true,
      canceledAt: true,
      endsAt: true,
      endedAt: true,
      pastDueAt: true,
      amount: true,
      currency: true,
    },
  });
}
