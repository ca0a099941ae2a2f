import type { DbTx } from "@/lib/db";
import { maxMicros, minMicros, toMicros } from "@/lib/meters/units";

/**
 * The `reason` of the grant entry a re-apply writes: the holding continues (same renewals owed),
 * it is not a new grant.
 */
export const REAPPLY_REASON = "benefit edited";

export type GrantCreditState = {
  /** The grant's last ledger entry is not a revoke: it holds credits now. */
  isActive: boolean;
  customerMeterId: string | null;
  meterId: string | null;
  /**
   * What the grant contributed to `credited` since its last `grant` entry (millionths of a unit):
   * the grant credit plus every renewal's change. Its *remaining* credits are this, capped by the
   * meter's positive balance (remainingCredits).
   */
  held: bigint;
  /** When the current holding began (its `grant` entry; a re-apply continues the holding). */
  activeSince: Date | null;
  /** Renewal orders already applied to this grant. */
  appliedOrderIds: string[];
  /** The grant's latest credit (grant or renewal) while active: what it added, and when. */
  lastCredit: { units: bigint; at: Date } | null;
};

/** The grant's holding, folded from its ledger entries in order (lib/meters/credit-customer-meter.ts writes them). */
export async function grantCreditState(tx: DbTx, grantId: string): Promise<GrantCreditState> {
  const entries = await tx.meterCredit.findMany({
    where: { grantId },
    orderBy: { id: "asc" },
    select: {
      kind: true,
      units: true,
      orderId: true,
      reason: true,
      createdAt: true,
      customerMeterId: true,
      customerMeter: { select: { meterId: true } },
    },
  });
  const state: GrantCreditState = {
    isActive: false,
    customerMeterId: null,
    meterId: null,
    held: 0n,
    activeSince: null,
    appliedOrderIds: [],
    lastCredit: null,
  };
  let revokedSince: Date | null = null;
  for (const e of entries) {
    const units = toMicros(e.units);
    if (e.orderId) state.appliedOrderIds.push(e.orderId);
    if (e.kind === "grant") {
      const activeSince = e.reason === REAPPLY_REASON ? (revokedSince ?? e.createdAt) : e.createdAt;
      Object.assign(state, { isActive: true, held: units, activeSince, lastCredit: { units, at: e.createdAt } });
      Object.assign(state, { customerMeterId: e.customerMeterId, meterId: e.customerMeter.meterId });
    } else if (e.kind === "revoke") {
      revokedSince = state.activeSince;
      Object.assign(state, { isActive: false, held: 0n, activeSince: null, lastCredit: null });
    } else if (state.isActive) {
      Object.assign(state, { held: state.held + units, lastCredit: { units, at: e.createdAt } });
    }
  }
  return state;
}

/**
 * "What remains of this grant's credits": its holding, capped by the balance left on the meter
 * (never below 0). Usage is charged to the meter, not to a grant, so when several sources credit
 * one meter the grant being revoked or reset is taken to be spent last: it takes back as much of
 * its own as is unspent, and never more than it gave.
 */
export function remainingCredits(held: bigint, balance: bigint): bigint {
  return maxMicros(0n, minMicros(held, balance));
}
