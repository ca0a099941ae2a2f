import type { DbTx } from "@/lib/db";
import { customerKey, enqueue } from "@/lib/jobs/enqueue";

type Renewed = { id: string; organizationId: string; customerId: string; productId: string; amount: number; currency: string };

/**
 * A subscription renewed (the billing system charged the next period): records the payment as a
 * `subscription_cycle` order and asks each granted grant of the subscription to cycle (e.g. meter
 * credits are topped up), in the caller's transaction. Run it after syncScope, so grants the
 * renewal re-grants are granted fresh rather than cycled.
 */
export async function recordRenewal(tx: DbTx, subscription: Renewed): Promise<void> {
  const { id, organizationId, customerId, productId, amount, currency } = subscription;
  await tx.order.create({
    data: { organizationId, customerId, productId, subscriptionId: id, billingReason: "subscription_cycle", amount, currency },
  });
  const grants = await tx.benefitGrant.findMany({
    where: { subscriptionId: id, status: "granted", target: "granted" },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  await enqueue(
    tx,
    grants.map((g) => ({
      name: "grants/grant.cycle-requested" as const,
      data: { grantId: g.id, customerId },
      organizationId,
      concurrencyKey: customerKey(customerId),
    })),
  );
}
