import type { Db } from "@/lib/db";
import { benefitsHeld } from "@/lib/purchases/benefits-held";
import { lockCustomer } from "@/lib/purchases/lock-customer";
import { syncScope } from "@/lib/purchases/sync-scope";

const BATCH = 500;

type Due = { id: string; customer_id: string };

/**
 * Ends what time ends (the job runner calls it every minute): a subscription set to cancel at
 * period end whose period is over becomes canceled (ended at its period end) and loses its
 * benefits; a past_due subscription past its organization's grace period loses them (it stays
 * past_due until the billing system says otherwise). Each subscription gets its own transaction,
 * re-checked under lock, so a renewal that lands meanwhile wins. Returns how many changed.
 * `organizationId` narrows the sweep to one organization (tests).
 */
export async function sweepSubscriptions(db: Db, now: Date = new Date(), { organizationId }: { organizationId?: string } = {}): Promise<number> {
  const org = organizationId ?? null;
  // Both halves are range scans on subscriptions(status, current_period_end).
  const due = await db.$queryRaw<Due[]>`
    (SELECT s.id, s.customer_id FROM subscriptions s
      WHERE s.status IN ('active', 'trialing', 'past_due', 'unpaid')
        AND s.current_period_end <= ${now} AND s.cancel_at_period_end AND s.ended_at IS NULL
        AND (${org}::uuid IS NULL OR s.organization_id = ${org}::uuid)
      LIMIT ${BATCH})
    UNION
    (SELECT s.id, s.customer_id FROM subscriptions s JOIN organizations o ON o.id = s.organization_id
      WHERE s.status = 'past_due'
        AND s.past_due_at + make_interval(days => o.past_due_grace_days) <= ${now}
        AND EXISTS (SELECT 1 FROM benefit_grants g WHERE g.subscription_id = s.id AND g.target = 'granted')
        AND (${org}::uuid IS NULL OR s.organization_id = ${org}::uuid)
      LIMIT ${BATCH})`;

  let changed = 0;
  for (const { id, customer_id } of due) {
    try {
      if (await sweepOne(db, id, customer_id, now)) changed++;
    } catch (err) {
      // One bad row must not stop the others; the next sweep retries it.
      console.error("[sweep-subscriptions] failed for subscription", id, err);
    }
  }
  return changed;
}

async function sweepOne(db: Db, id: string, customerId: string, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    await lockCustomer(tx, customerId);
    await tx.$queryRaw`SELECT id FROM subscriptions WHERE id = ${id}::uuid FOR UPDATE`;
    const s = await tx.subscription.findUniqueOrThrow({
      where: { id },
      select: {
        status: true,
        cancelAtPeriodEnd: true,
        currentPeriodEnd: true,
        endedAt: true,
        pastDueAt: true,
        organization: { select: { pastDueGraceDays: true } },
      },
    });
    const hasLapsed = s.cancelAtPeriodEnd && s.endedAt === null && s.currentPeriodEnd !== null && s.currentPeriodEnd <= now;
    if (hasLapsed) {
      const end = s.currentPeriodEnd;
      await tx.subscription.update({ where: { id }, data: { status: "canceled", endedAt: end, endsAt: end } });
    } else if (s.status !== "past_due" || benefitsHeld({ kind: "subscription", ...s }, now, s.organization.pastDueGraceDays)) {
      return false; // renewed, recovered or changed since the scan
    }
    await syncScope(tx, { subscriptionId: id }, now);
    return true;
  });
}
