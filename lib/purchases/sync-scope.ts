import type { DbTx } from "@/lib/db";
import { setScopeGrants, type GrantScope } from "@/lib/grants/set-scope-grants";
import { benefitsHeld, type HoldState } from "@/lib/purchases/benefits-held";
import { lockCustomer } from "@/lib/purchases/lock-customer";
import { productBenefitIds } from "@/lib/purchases/product-benefit-ids";

type ScopeState = { organizationId: string; customerId: string; productId: string; graceDays: number; isCustomerDeleted: boolean; hold: HoldState };

/**
 * Applies the rules to one purchase, in the caller's transaction: reads the order or subscription
 * (after locking its customer, so the state is the latest), decides whether it holds its CURRENT
 * product's benefits at `now`, and hands the ordered list — or nothing — to setScopeGrants. A
 * product change is the same call: grants keep the subscription as their scope, so what the new
 * product lacks is revoked and what it adds is granted. A deleted customer holds nothing.
 */
export async function syncScope(tx: DbTx, scope: GrantScope, now: Date = new Date()) {
  const state = await readScope(tx, scope);
  const isHeld = !state.isCustomerDeleted && benefitsHeld(state.hold, now, state.graceDays);
  const benefitIds = isHeld ? await productBenefitIds(tx, state.productId) : [];
  const result = await setScopeGrants(tx, {
    organizationId: state.organizationId,
    customerId: state.customerId,
    scope,
    benefitIds,
  });
  return { isHeld, ...result };
}

async function readScope(tx: DbTx, scope: GrantScope): Promise<ScopeState> {
  const common = { organizationId: true, customerId: true, productId: true } as const;
  const context = { organization: { select: { pastDueGraceDays: true } }, customer: { select: { deletedAt: true } } } as const;
  if (scope.orderId) {
    const { customerId } = await tx.order.findUniqueOrThrow({ where: { id: scope.orderId }, select: { customerId: true } });
    await lockCustomer(tx, customerId);
    const o = await tx.order.findUniqueOrThrow({
      where: { id: scope.orderId },
      select: { ...common, ...context, subscriptionId: true, benefitsRevokedAt: true },
    });
    // An order of a subscription grants nothing itself: the subscription is the scope.
    if (o.subscriptionId) throw new Error(`order ${scope.orderId} belongs to a subscription; sync the subscription`);
    return { ...base(o), hold: { kind: "order", benefitsRevokedAt: o.benefitsRevokedAt } };
  }
  const { customerId } = await tx.subscription.findUniqueOrThrow({ where: { id: scope.subscriptionId }, select: { customerId: true } });
  await lockCustomer(tx, customerId);
  const s = await tx.subscription.findUniqueOrThrow({
    where: { id: scope.subscriptionId },
    select: { ...common, ...context, status: true, cancelAtPeriodEnd: true, currentPeriodEnd: true, endedAt: true, pastDueAt: true },
  });
  return { ...base(s), hold: { kind: "subscription", ...s } };
}

function base(row: {
  organizationId: string;
  customerId: string;
  productId: string;
  organization: { pastDueGraceDays: number };
  customer: { deletedAt: Date | null };
}) {
  return {
    organizationId: row.organizationId,
    customerId: row.customerId,
    productId: row.productId,
    graceDays: row.organization.pastDueGraceDays,
    isCustomerDeleted: row.customer.deletedAt !== null,
  };
}
