import { describe, expect, test } from "vitest";
import { benefitsHeld, type SubscriptionHoldState } from "@/lib/purchases/benefits-held";
import type { SubscriptionStatus } from "@/lib/generated/prisma/client";

const now = new Date("2026-06-15T12:00:00.000Z");
const days = (n: number) => new Date(now.getTime() + n * 24 * 60 * 60 * 1000);

function subscription(overrides: Partial<SubscriptionHoldState> = {}): SubscriptionHoldState {
  return { kind: "subscription", status: "active", cancelAtPeriodEnd: false, currentPeriodEnd: days(10), endedAt: null, pastDueAt: null, ...overrides };
}

describe("benefitsHeld — one-time orders", () => {
  test("a paid or partially refunded order holds; a refund with revoke takes them", () => {
    expect(benefitsHeld({ kind: "order", benefitsRevokedAt: null }, now, 0)).toBe(true);
    expect(benefitsHeld({ kind: "order", benefitsRevokedAt: days(-1) }, now, 21)).toBe(false);
  });
});

describe("benefitsHeld — subscriptions", () => {
  test.each<[SubscriptionStatus, boolean]>([
    ["active", true],
    ["trialing", true],
    ["canceled", false],
    ["unpaid", false],
    ["incomplete", false],
    ["incomplete_expired", false],
  ])("status %s holds: %s", (status, expected) => {
    expect(benefitsHeld(subscription({ status }), now, 21)).toBe(expected);
  });

  test("active past its period end still holds (a renewal is on its way) unless set to cancel", () => {
    expect(benefitsHeld(subscription({ currentPeriodEnd: days(-1) }), now, 0)).toBe(true);
    expect(benefitsHeld(subscription({ cancelAtPeriodEnd: true, currentPeriodEnd: days(-1) }), now, 0)).toBe(false);
  });

  test("cancel at period end holds until the period end, exclusive", () => {
    expect(benefitsHeld(subscription({ cancelAtPeriodEnd: true, currentPeriodEnd: days(1) }), now, 0)).toBe(true);
    expect(benefitsHeld(subscription({ cancelAtPeriodEnd: true, currentPeriodEnd: now }), now, 0)).toBe(false);
    expect(benefitsHeld(subscription({ status: "trialing", cancelAtPeriodEnd: true, currentPeriodEnd: days(-2) }), now, 0)).toBe(false);
  });

  test("an ended subscription holds nothing, whatever its status says", () => {
    expect(benefitsHeld(subscription({ endedAt: days(-1) }), now, 0)).toBe(false);
    expect(benefitsHeld(subscription({ endedAt: now }), now, 0)).toBe(false);
    // Ending in the future (not set by Benefactor, but possible in data): still held until then.
    expect(benefitsHeld(subscription({ endedAt: days(1) }), now, 0)).toBe(true);
  });

  test.each([0, 2, 7, 14, 21])("past_due holds for the grace period of %i days, then not", (grace) => {
    const pastDue = (since: number) => subscription({ status: "past_due", pastDueAt: days(since) });
    expect(benefitsHeld(pastDue(0), now, grace)).toBe(grace > 0);
    if (grace > 0) expect(benefitsHeld(pastDue(-grace + 0.001), now, grace)).toBe(true);
    expect(benefitsHeld(pastDue(-grace), now, grace)).toBe(false);
    expect(benefitsHeld(pastDue(-grace - 1), now, grace)).toBe(false);
  });

  test("past_due without a past_due_at starts its grace now", () => {
    expect(benefitsHeld(subscription({ status: "past_due", pastDueAt: null }), now, 0)).toBe(false);
    expect(benefitsHeld(subscription({ status: "past_due", pastDueAt: null }), now, 7)).toBe(true);
  });

  test("past_due set to cancel at period end loses them at the period end even within grace", () => {
    const s = subscription({ status: "past_due", pastDueAt: days(-1), cancelAtPeriodEnd: true, currentPeriodEnd: days(-0.5) });
    expect(benefitsHeld(s, now, 7)).toBe(false);
  });
});
