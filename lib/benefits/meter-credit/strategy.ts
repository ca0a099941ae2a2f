import { grantCreditState, remainingCredits, REAPPLY_REASON, type GrantCreditState } from "@/lib/benefits/meter-credit/grant-credit-state";
import type { MeterCreditProperties } from "@/lib/benefits/meter-credit/properties";
import { refreshLowBalanceThreshold } from "@/lib/benefits/meter-credit/refresh-low-balance-threshold";
import type { BenefitStrategy, StrategyContext } from "@/lib/benefits/strategy";
import type { DbTx } from "@/lib/db";
import { creditCustomerMeter, lockCustomerMeterBalance } from "@/lib/meters/credit-customer-meter";
import { microsToNumber, toMicros } from "@/lib/meters/units";

type Ctx = StrategyContext<MeterCreditProperties>;

/**
 * Credits are per grant (isExternal false): two purchases of the benefit credit the meter twice,
 * and each revoke takes back only its own grant's remaining credits. Every change is a ledger
 * entry tied to the grant (lib/meters/credit-customer-meter.ts), which is what revoke and renewal
 * read — never the benefit's current properties. Delivery only writes Benefactor's tables, so a
 * purchase returns with the credits on the balance.
 *
 * - grant: credit `units`. A grant that already holds its credits is left as is (idempotent).
 * - renewal (cycle): with `rollover`, credit `units` again; without, the grant's remaining credits
 *   are reset to `units` (credit `units − remaining`). Usage beyond the credits (a negative
 *   balance) is not forgiven: it is deducted from the new period's credits. One credit per
 *   renewal order, so a cycle that runs twice credits once.
 * - revoke: take back the grant's remaining credits (grant-credit-state.ts defines "remaining").
 * - benefit edited (re-apply = revoke then grant in one transaction): on the same meter the grant
 *   keeps what it had left, adjusted by the change in `units`, so editing the threshold or
 *   rollover never refills a balance; moved to another meter, the old meter loses the remaining
 *   credits and the new one gets `units`.
 */
export const meterCreditStrategy: BenefitStrategy<MeterCreditProperties> = {
  isExternal: false,
  deliversInline: true,
  grant: async (ctx) => {
    const state = await grantCreditState(ctx.tx, ctx.grant.id);
    if (state.isActive) return { properties: grantProperties(ctx, state) };
    const p = ctx.benefit.properties;
    const revoked = revokedInThisTransaction.get(ctx.tx)?.get(ctx.grant.id);
    const isSameMeter = revoked?.meterId === p.meter_id;
    const previousUnits = typeof ctx.grant.properties.units === "number" ? ctx.grant.properties.units : p.units;
    const units = isSameMeter ? revoked!.removed + toMicros(p.units - previousUnits) : toMicros(p.units);
    const change = { ...target(ctx, p.meter_id), units, kind: "grant" as const, grantId: ctx.grant.id, reason: isSameMeter ? REAPPLY_REASON : null };
    const customerMeterId = await creditCustomerMeter(ctx.tx, change);
    await refreshLowBalanceThreshold(ctx.tx, { customerMeterId, customerId: ctx.grant.customerId, meterId: p.meter_id }, { including: ctx.grant.id });
    return { properties: grantProperties(ctx, await grantCreditState(ctx.tx, ctx.grant.id)) };
  },
  revoke: async (ctx) => {
    const state = await grantCreditState(ctx.tx, ctx.grant.id);
    if (!state.isActive || !state.customerMeterId || !state.meterId) return;
    const removed = remainingCredits(state.held, await lockCustomerMeterBalance(ctx.tx, state.customerMeterId));
    await creditCustomerMeter(ctx.tx, { ...target(ctx, state.meterId), units: -removed, kind: "revoke", grantId: ctx.grant.id });
    const scope = { customerMeterId: state.customerMeterId, customerId: ctx.grant.customerId, meterId: state.meterId };
    await refreshLowBalanceThreshold(ctx.tx, scope, { excluding: ctx.grant.id });
    rememberRevoke(ctx.tx, ctx.grant.id, { meterId: state.meterId, removed });
  },
  cycle: async (ctx) => {
    const state = await grantCreditState(ctx.tx, ctx.grant.id);
    if (!state.isActive || !state.customerMeterId || !state.meterId) return meterCreditStrategy.grant(ctx);
    const orderId = await nextRenewal(ctx.tx, ctx.grant.scope, state);
    // Every renewal order queues one cycle; a re-run of a cycle whose renewal was already credited finds none left.
    if (!orderId) return { properties: grantProperties(ctx, state) };
    const p = ctx.benefit.properties;
    let units = toMicros(p.units);
    if (!p.rollover) units -= remainingCredits(state.held, await lockCustomerMeterBalance(ctx.tx, state.customerMeterId));
    await creditCustomerMeter(ctx.tx, { ...target(ctx, state.meterId), units, kind: "cycle", grantId: ctx.grant.id, orderId });
    return { properties: grantProperties(ctx, await grantCreditState(ctx.tx, ctx.grant.id)) };
  },
};

// A re-apply runs revoke then grant on one grant in one transaction (lib/grants/reapply-grant.ts):
// grant learns here what that revoke took back. Keyed by the transaction, so nothing outlives it.
type Revoked = { meterId: string; removed: bigint };
const revokedInThisTransaction = new WeakMap<DbTx, Map<string, Revoked>>();

function rememberRevoke(tx: DbTx, grantId: string, revoked: Revoked) {
  let byGrant = revokedInThisTransaction.get(tx);
  if (!byGrant) revokedInThisTransaction.set(tx, (byGrant = new Map()));
  byGrant.set(grantId, revoked);
}

function target(ctx: Ctx, meterId: string) {
  return { organizationId: ctx.grant.organizationId, customerId: ctx.grant.customerId, meterId };
}

/**
 * The oldest renewal (`subscription_cycle` order) of the grant's subscription since its credits
 * were granted that has not been credited to it yet.
 */
async function nextRenewal(tx: DbTx, scope: string, state: GrantCreditState): Promise<string | null> {
  if (!scope.startsWith("subscription:") || !state.activeSince) return null;
  const order = await tx.order.findFirst({
    where: {
      subscriptionId: scope.slice("subscription:".length),
      billingReason: "subscription_cycle",
      createdAt: { gte: state.activeSince },
      id: { notIn: state.appliedOrderIds },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return order?.id ?? null;
}

/**
 * Polar's BenefitGrantMeterCreditProperties — the meter, and what the latest credit added (a reset
 * adds only what tops the grant back up to `units`) — plus `credited_units`, what the grant holds,
 * and `units`, the benefit's units it was credited under (a re-apply adjusts by the difference).
 */
function grantProperties(ctx: Ctx, state: GrantCreditState) {
  return {
    last_credited_meter_id: state.meterId,
    last_credited_units: state.lastCredit ? microsToNumber(state.lastCredit.units) : 0,
    last_credited_at: state.lastCredit?.at.toISOString() ?? null,
    credited_units: microsToNumber(state.held),
    units: ctx.benefit.properties.units,
  };
}
