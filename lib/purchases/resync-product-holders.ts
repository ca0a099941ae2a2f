import type { DbTx } from "@/lib/db";
import type { GrantScope } from "@/lib/grants/set-scope-grants";
import { syncScope } from "@/lib/purchases/sync-scope";

/**
 * Re-decides the grants of every purchase that may hold the product's benefits, after its benefit
 * list changed, in the caller's transaction (which must hold the product FOR UPDATE: purchases
 * share-lock it, so none slips between the list change and this scan). Purchases that can never
 * hold again — orders whose benefits a refund took back, ended subscriptions, deleted customers —
 * are skipped. Scopes are synced in customer order, so two of these never deadlock on customers.
 */
export async function resyncProductHolders(tx: DbTx, productId: string, now: Date = new Date()): Promise<number> {
  const live = { customer: { deletedAt: null } };
  // One after the other: a transaction is one connection.
  const orders = await tx.order.findMany({
    where: { productId, subscriptionId: null, benefitsRevokedAt: null, ...live },
    select: { id: true, customerId: true },
  });
  const subscriptions = await tx.subscription.findMany({
    where: { productId, endedAt: null, status: { notIn: ["canceled", "incomplete_expired"] }, ...live },
    select: { id: true, customerId: true },
  });
  const scopes: { customerId: string; scope: GrantScope }[] = [
    ...orders.map((o) => ({ customerId: o.customerId, scope: { orderId: o.id } })),
    ...subscriptions.map((s) => ({ customerId: s.customerId, scope: { subscriptionId: s.id } })),
  ];
  scopes.sort((a, b) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
  for (const { scope } of scopes) await syncScope(tx, scope, now);
  return scopes.length;
}
