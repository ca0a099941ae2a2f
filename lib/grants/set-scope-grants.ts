import type { DbTx } from "@/lib/db";
import { customerKey, enqueue } from "@/lib/jobs/enqueue";

export type GrantScope = { orderId: string; subscriptionId?: never } | { subscriptionId: string; orderId?: never };

export function scopeKey(scope: GrantScope): string {
  return scope.orderId ? `order:${scope.orderId}` : `subscription:${scope.subscriptionId}`;
}

/**
 * Decides what one purchase (an order or a subscription) should hold, in the caller's
 * transaction: `benefitIds` (in grant order) get a grant targeted `granted`; every other grant of
 * the scope is targeted `revoked`. Each grant whose target changed — or that is not yet where its
 * target says — gets one reconcile job. Running it twice with the same list changes nothing.
 */
export async function setScopeGrants(
  tx: DbTx,
  input: { organizationId: string; customerId: string; scope: GrantScope; benefitIds: string[] },
): Promise<{ grantIds: string[]; revokeIds: string[] }> {
  const { organizationId, customerId, scope, benefitIds } = input;
  const key = scopeKey(scope);
  // Serialise decisions for one customer (purchase API calls racing each other).
  await tx.$queryRaw`SELECT id FROM customers WHERE id = ${customerId}::uuid FOR UPDATE`;
  const existing = await tx.benefitGrant.findMany({
    where: { customerId, scope: key },
    select: { id: true, benefitId: true, status: true, target: true, position: true },
  });
  const byBenefit = new Map(existing.map((g) => [g.benefitId, g]));
  const wanted = new Set(benefitIds);
  const toReconcile: string[] = [];
  const grantIds: string[] = [];

  for (const [position, benefitId] of benefitIds.entries()) {
    const grant = byBenefit.get(benefitId);
    if (!grant) {
      const created = await tx.benefitGrant.create({
        data: {
          organizationId,
          customerId,
          benefitId,
          scope: key,
          orderId: scope.orderId ?? null,
          subscriptionId: scope.subscriptionId ?? null,
          status: "pending",
          target: "granted",
          position,
        },
        select: { id: true },
      });
      toReconcile.push(created.id);
      grantIds.push(created.id);
      continue;
    }
    grantIds.push(grant.id);
    if (grant.target !== "granted" || grant.position !== position) {
      await tx.benefitGrant.update({ where: { id: grant.id }, data: { target: "granted", position } });
    }
    if (grant.target !== "granted" || grant.status !== "granted") toReconcile.push(grant.id);
  }

  const revokeIds = existing.filter((g) => !wanted.has(g.benefitId) && g.target !== "revoked").map((g) => g.id);
  if (revokeIds.length) {
    await tx.benefitGrant.updateMany({ where: { id: { in: revokeIds } }, data: { target: "revoked" } });
    toReconcile.push(...revokeIds);
  }

  await enqueue(
    tx,
    toReconcile.map((grantId) => ({
      name: "grants/grant.reconcile-requested" as const,
      data: { grantId, customerId },
      organizationId,
      concurrencyKey: customerKey(customerId),
    })),
  );
  return { grantIds, revokeIds };
}
