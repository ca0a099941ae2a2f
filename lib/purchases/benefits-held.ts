import type { SubscriptionStatus } from "@/lib/generated/prisma/client";

/** What the rules need to know about a one-time order. */
export type OrderHoldState = { kind: "order"; benefitsRevokedAt: Date | null };

/** What the rules need to know about a subscription. */
export type SubscriptionHoldState = {
  kind: "subscription";
  status: SubscriptionStatus;
  cancelAtPeriodEnd: boolean;
  currentPeriodEnd: Date | null;
  endedAt: Date | null;
  pastDueAt: Date | null;
};

export type HoldState = OrderHoldState | SubscriptionHoldState;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether a purchase holds its product's benefits at `now`. The one place the rules live:
 * - a one-time order holds them until a refund takes them back (`benefitsRevokedAt`); a refund
 *   without revoking (partial or full) keeps them;
 * - an active or trialing subscription holds them; one set to cancel at period end holds them until
 *   `currentPeriodEnd`, then it has ended;
 * - a past_due subscription holds them while `now < pastDueAt + graceDays`;
 * - canceled, unpaid, incomplete, incomplete_expired and ended subscriptions do not.
 */
export function benefitsHeld(scope: HoldState, now: Date, graceDays: number): boolean {
  if (scope.kind === "order") return scope.benefitsRevokedAt === null;

  if (scope.endedAt !== null && scope.endedAt.getTime() <= now.getTime()) return false;
  const isPeriodOver = scope.currentPeriodEnd !== null && scope.currentPeriodEnd.getTime() <= now.getTime();
  if (scope.cancelAtPeriodEnd && isPeriodOver) return false;

  switch (scope.status) {
    case "active":
    case "trialing":
      return true;
    case "past_due": {
      // A past_due subscription always has pastDueAt; without it the grace starts now.
      const since = (scope.pastDueAt ?? now).getTime();
      return now.getTime() < since + graceDays * DAY_MS;
    }
    default:
      return false;
  }
}

