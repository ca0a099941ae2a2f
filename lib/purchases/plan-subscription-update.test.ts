import { describe, expect, test } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { planSubscriptionUpdate, type SubscriptionState } from "@/lib/purchases/plan-subscription-update";
import type { UpdateSubscriptionInput } from "@/lib/purchases/subscription-input";

const now = new Date("2026-06-15T12:00:00.000Z");
const days = (n: number) => new Date(now.getTime() + n * 24 * 60 * 60 * 1000);
const PRODUCT = "0190f0a0-0000-7000-8000-000000000001";
const OTHER = "0190f0a0-0000-7000-8000-000000000002";

function state(overrides: Partial<SubscriptionState> = {}): SubscriptionState {
  return {
    status: "active",
    productId: PRODUCT,
    cancelAtPeriodEnd: false,
    currentPeriodStart: days(-20),
    currentPeriodEnd: days(10),
    canceledAt: null,
    endsAt: null,
    endedAt: null,
    pastDueAt: null,
    ...overrides,
  };
}

function refusal(current: SubscriptionState, input: UpdateSubscriptionInput, options = {}) {
  try {
    planSubscriptionUpdate(current, input, now, options);
  } catch (err) {
    if (err instanceof ApiError) return { status: err.status, detail: err.detail };
    throw err;
  }
  throw new Error("expected a refusal");
}

const canceled = state({ status: "canceled", canceledAt: days(-1), endsAt: days(-1), endedAt: days(-1) });

describe("planSubscriptionUpdate", () => {
  test("revoke (and status canceled) ends the subscription now, keeping an earlier canceled_at", () => {
    expect(planSubscriptionUpdate(state(), { revoke: true }, now, {})).toEqual({
      data: { status: "canceled", canceledAt: now, endsAt: now, endedAt: now },
      isRenewal: false,
    });
    const scheduled = state({ cancelAtPeriodEnd: true, canceledAt: days(-3), endsAt: days(10) });
    expect(planSubscriptionUpdate(scheduled, { status: "canceled" }, now).data).toEqual({
      status: "canceled",
      canceledAt: days(-3),
      endsAt: now,
      endedAt: now,
    });
  });

  test("revoking a canceled subscription is refused: 422 on the field, 403 for DELETE", () => {
    expect(refusal(canceled, { revoke: true })).toEqual({
      status: 422,
      detail: [{ loc: ["body", "revoke"], msg: "The subscription is already canceled", type: "value_error" }],
    });
    expect(refusal(canceled, { revoke: true }, { isRevokeForbidden: true })).toEqual({
      status: 403,
      detail: "This subscription is already canceled",
    });
    // The billing system re-sending the status it already reported is a no-op.
    expect(planSubscriptionUpdate(canceled, { status: "canceled" }, now)).toEqual({ data: {}, isRenewal: false });
  });

  test("a canceled subscription cannot be reactivated or changed", () => {
    const msg = "The subscription is canceled; it cannot change (create a new subscription)";
    for (const [input, field] of [
      [{ status: "active" }, "status"],
      [{ cancel_at_period_end: false }, "cancel_at_period_end"],
      [{ product_id: OTHER }, "product_id"],
      [{ current_period_end: days(40) }, "current_period_end"],
    ] as const) {
      expect(refusal(canceled, input)).toEqual({ status: 422, detail: [{ loc: ["body", field], msg, type: "value_error" }] });
    }
  });

  test("a subscription whose scheduled cancellation has passed cannot be reactivated", () => {
    const lapsed = state({ cancelAtPeriodEnd: true, currentPeriodEnd: days(-1), canceledAt: days(-5) });
    expect(refusal(lapsed, { cancel_at_period_end: false }).detail).toEqual([
      { loc: ["body", "cancel_at_period_end"], msg: `The subscription ended at the end of its period (${days(-1).toISOString()})`, type: "value_error" },
    ]);
    expect(planSubscriptionUpdate(lapsed, { revoke: true }, now).data.status).toBe("canceled");
  });

  test("status transitions: past_due stamps past_due_at, active clears it, unpaid keeps it; same status is a no-op", () => {
    expect(planSubscriptionUpdate(state(), { status: "past_due" }, now).data).toEqual({ status: "past_due", pastDueAt: now });
    const pastDue = state({ status: "past_due", pastDueAt: days(-3) });
    expect(planSubscriptionUpdate(pastDue, { status: "past_due" }, now).data).toEqual({});
    expect(planSubscriptionUpdate(pastDue, { status: "active" }, now).data).toEqual({ status: "active", pastDueAt: null });
    expect(planSubscriptionUpdate(pastDue, { status: "unpaid" }, now).data).toEqual({ status: "unpaid", pastDueAt: days(-3) });
    expect(planSubscriptionUpdate(state({ status: "unpaid" }), { status: "active" }, now).data.status).toBe("active");
  });

  test("cancel at period end sets ends_at to the period end; undoing it clears both", () => {
    expect(planSubscriptionUpdate(state(), { cancel_at_period_end: true }, now).data).toEqual({
      cancelAtPeriodEnd: true,
      canceledAt: now,
      endsAt: days(10),
    });
    const scheduled = state({ cancelAtPeriodEnd: true, canceledAt: days(-1), endsAt: days(10) });
    expect(planSubscriptionUpdate(scheduled, { cancel_at_period_end: false }, now).data).toEqual({
      cancelAtPeriodEnd: false,
      canceledAt: null,
      endsAt: null,
    });
    expect(planSubscriptionUpdate(scheduled, { cancel_at_period_end: true }, now).data).toEqual({});
  });

  test("product change", () => {
    expect(planSubscriptionUpdate(state(), { product_id: OTHER }, now).data).toEqual({ productId: OTHER });
    expect(planSubscriptionUpdate(state(), { product_id: PRODUCT }, now).data).toEqual({});
  });

  test("renewal moves the period (start defaults to the old end) and recovers the status", () => {
    const pastDue = state({ status: "past_due", pastDueAt: days(-2) });
    expect(planSubscriptionUpdate(pastDue, { current_period_end: days(40) }, now)).toEqual({
      data: { currentPeriodStart: days(10), currentPeriodEnd: days(40), status: "active", pastDueAt: null },
      isRenewal: true,
    });
    // The same period again is a retry, not a second renewal.
    const same = { current_period_start: days(-20), current_period_end: days(10) };
    expect(planSubscriptionUpdate(state(), same, now)).toEqual({ data: {}, isRenewal: false });
  });

  test("renewal refusals", () => {
    const err = (msg: string) => [{ loc: ["body", "current_period_end"], msg, type: "value_error" }];
    expect(refusal(state(), { current_period_start: days(12), current_period_end: days(11) }).detail).toEqual(
      err("Must be after current_period_start"),
    );
    expect(refusal(state(), { current_period_start: days(-30), current_period_end: days(5) }).detail).toEqual(
      err(`Must be after the current period end (${days(10).toISOString()})`),
    );
    expect(refusal(state({ cancelAtPeriodEnd: true }), { current_period_end: days(40) }).detail).toEqual(
      err("The subscription is set to cancel at period end; send cancel_at_period_end: false before renewing it"),
    );
  });
});
