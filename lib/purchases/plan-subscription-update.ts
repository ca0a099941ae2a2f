import { ApiError } from "@/lib/api/errors";
import type { SubscriptionStatus } from "@/lib/generated/prisma/client";
import type { UpdateSubscriptionInput } from "@/lib/purchases/subscription-input";

export type SubscriptionState = {
  status: SubscriptionStatus;
  productId: string;
  cancelAtPeriodEnd: boolean;
  currentPeriodStart: Date;
  currentPeriodEnd: Date | null;
  canceledAt: Date | null;
  endsAt: Date | null;
  endedAt: Date | null;
  pastDueAt: Date | null;
};

export type SubscriptionPlan = { data: Partial<SubscriptionState>; isRenewal: boolean };

const NOTHING: SubscriptionPlan = { data: {}, isRenewal: false };

/** Ending now (revoke, `status: canceled`): the subscription and its benefits go immediately. */
export function revokeData(current: Pick<SubscriptionState, "canceledAt">, now: Date): Partial<SubscriptionState> {
  return { status: "canceled", canceledAt: current.canceledAt ?? now, endsAt: now, endedAt: now };
}

/**
 * What one PATCH changes, or a 422 on the field that asks for an impossible transition. A change
 * to the state the subscription is already in is a no-op (billing systems re-send), except
 * revoking what is already revoked, which Polar refuses. `isRevokeForbidden` makes that case a
 * 403 (the DELETE form, Polar's AlreadyCanceledSubscription).
 */
export function planSubscriptionUpdate(
  current: SubscriptionState,
  input: UpdateSubscriptionInput,
  now: Date,
  { isRevokeForbidden = false } = {},
): SubscriptionPlan {
  const isTerminal = current.endedAt !== null || current.status === "canceled" || current.status === "incomplete_expired";
  const hasLapsed = current.cancelAtPeriodEnd && current.currentPeriodEnd !== null && current.currentPeriodEnd <= now;
  const refuse = (field: string, msg: string) => ApiError.invalid(["body", field], msg);
  const ended = (field: string) =>
    refuse(field, isTerminal ? "The subscription is canceled; it cannot change (create a new subscription)" : `The subscription ended at the end of its period (${current.currentPeriodEnd?.toISOString()})`);

  if (input.revoke || input.status === "canceled") {
    if (!isTerminal) return { data: revokeData(current, now), isRenewal: false };
    if (input.status === "canceled" && current.status === "canceled") return NOTHING;
    if (isRevokeForbidden) throw ApiError.forbidden("This subscription is already canceled");
    throw refuse(input.revoke ? "revoke" : "status", "The subscription is already canceled");
  }
  if (input.status) {
    if (isTerminal || hasLapsed) throw ended("status");
    if (input.status === current.status) return NOTHING;
    if (input.status === "past_due") return { data: { status: "past_due", pastDueAt: now }, isRenewal: false };
    return { data: { status: input.status, pastDueAt: input.status === "active" ? null : current.pastDueAt }, isRenewal: false };
  }
  if (input.cancel_at_period_end !== undefined) {
    if (isTerminal || hasLapsed) throw ended("cancel_at_period_end");
    if (input.cancel_at_period_end === current.cancelAtPeriodEnd) return NOTHING;
    return input.cancel_at_period_end
      ? { data: { cancelAtPeriodEnd: true, canceledAt: now, endsAt: current.currentPeriodEnd }, isRenewal: false }
      : { data: { cancelAtPeriodEnd: false, canceledAt: null, endsAt: null }, isRenewal: false };
  }
  if (input.product_id) {
    if (isTerminal || hasLapsed) throw ended("product_id");
    if (input.product_id === current.productId) return NOTHING;
    return { data: { productId: input.product_id }, isRenewal: false };
  }
  if (input.current_period_end) return planRenewal(current, input.current_period_start, input.current_period_end, now, isTerminal || hasLapsed ? ended : null);
  return NOTHING;
}

function planRenewal(
  current: SubscriptionState,
  requestedStart: Date | undefined,
  end: Date,
  now: Date,
  ended: ((field: string) => ApiError) | null,
): SubscriptionPlan {
  if (ended) throw ended("current_period_end");
  if (current.cancelAtPeriodEnd) {
    throw ApiError.invalid(["body", "current_period_end"], "The subscription is set to cancel at period end; send cancel_at_period_end: false before renewing it");
  }
  const start = requestedStart ?? current.currentPeriodEnd ?? now;
  if (end <= start) throw ApiError.invalid(["body", "current_period_end"], "Must be after current_period_start");
  const isSamePeriod = start.getTime() === current.currentPeriodStart.getTime() && end.getTime() === current.currentPeriodEnd?.getTime();
  if (isSamePeriod) return NOTHING;
  if (current.currentPeriodEnd && end <= current.currentPeriodEnd) {
    throw ApiError.invalid(["body", "current_period_end"], `Must be after the current period end (${current.currentPeriodEnd.toISOString()})`);
  }
  // A renewal is a successful payment: a trial converts, a past_due or unpaid subscription recovers.
  return { data: { currentPeriodStart: start, currentPeriodEnd: end, status: "active", pastDueAt: null }, isRenewal: true };
}
