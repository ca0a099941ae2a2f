import type { DbTx } from "@/lib/db";
import { customerKey, enqueue } from "@/lib/jobs/enqueue";
import { revokeData } from "@/lib/purchases/plan-subscription-update";
import { syncScope } from "@/lib/purchases/sync-scope";

/**
 * A customer is being deleted (the caller locked the row and set deleted_at in this transaction):
 * their live subscriptions are revoked, and every grant they hold — through orders,
 * subscriptions or manually — is targeted revoked, each with its reconcile job.
 */
export async function revokeCustomerPurchases(tx: DbTx, customerId: string, now: Date = new Date()): Promise<void> {
  const live = await tx.subscription.findMany({
    where: { customerId, endedAt: null, status: { notIn: ["canceled", "incomplete_expired"] } },
    select: { id: true, canceledAt: true },
  });
  for (const s of live) await tx.subscription.update({ where: { id: s.id }, data: revokeData(s, now) });

  const held = await tx.benefitGrant.findMany({
    where: { customerId, target: "granted" },
    select: { id: true, organizationId: true, orderId: true, subscriptionId: true },
  });
  const orderIds = new Set(held.flatMap((g) => (g.orderId && !g.subscriptionId ? [g.orderId] : [])));
  const subscriptionIds = new Set([...live.map((s) => s.id), ...held.flatMap((g) => (g.subscriptionId ? [g.subscriptionId] : []))]);
  for (const orderId of orderIds) await syncScope(tx, { orderId }, now);
  for (const subscriptionId of subscriptionIds) await syncScope(tx, { subscriptionId }, now);

  // Manual grants (no order or subscription) have no purchase to re-decide: revoke them directly.
  const manual = held.filter((g) => !g.orderId && !g.subscriptionId);
  if (manual.length === 0) return;
  await tx.benefitGrant.updateMany({ where: { id: { in: manual.map((g) => g.id) } }, data: { target: "revoked" } });
  await enqueue(
    tx,
    manual.map((g) => ({
      name: "grants/grant.reconcile-requested" as const,
      data: { grantId: g.id, customerId },
      organizationId: g.organizationId,
      concurrencyKey: customerKey(customerId),
    })),
  );
}
