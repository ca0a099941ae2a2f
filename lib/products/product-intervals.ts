import { ApiError } from "@/lib/api/errors";
import type { RecurringInterval } from "@/lib/generated/prisma/client";

export type ProductIntervals = {
  recurringInterval: RecurringInterval | null;
  recurringIntervalCount: number | null;
  trialInterval: RecurringInterval | null;
  trialIntervalCount: number | null;
};

type IntervalInput = {
  recurring_interval?: RecurringInterval | null;
  recurring_interval_count?: number | null;
  trial_interval?: RecurringInterval | null;
  trial_interval_count?: number | null;
};

const TRIAL_ON_ONE_TIME = "Trial configuration is only supported on recurring products";

/** A new product's billing cycle: recurring when it has an interval (count defaults to 1), else one-time. */
export function intervalsForCreate(input: IntervalInput): ProductIntervals {
  const recurringInterval = input.recurring_interval ?? null;
  if (recurringInterval === null && input.recurring_interval_count != null) {
    throw ApiError.invalid(["body", "recurring_interval_count"], "One-time products don't have a recurring interval count");
  }
  return {
    recurringInterval,
    recurringIntervalCount: recurringInterval ? (input.recurring_interval_count ?? 1) : null,
    ...trial(recurringInterval !== null, input.trial_interval ?? null, input.trial_interval_count ?? null),
  };
}

/**
 * What a PATCH changes. As in Polar, the billing cycle is fixed once created: a one-time product
 * never becomes recurring or the other way round, and the interval does not change.
 */
export function intervalsForUpdate(current: ProductIntervals, input: IntervalInput): Partial<ProductIntervals> {
  if (input.recurring_interval !== undefined && input.recurring_interval !== current.recurringInterval) {
    const msg =
      current.recurringInterval === null
        ? "A one-time product cannot become recurring"
        : input.recurring_interval === null
          ? "A recurring product cannot become one-time"
          : `The recurring interval of a product cannot change (it is ${current.recurringInterval})`;
    throw ApiError.invalid(["body", "recurring_interval"], msg);
  }
  if (input.recurring_interval_count !== undefined && input.recurring_interval_count !== current.recurringIntervalCount) {
    throw ApiError.invalid(["body", "recurring_interval_count"], "The recurring interval count of a product cannot change");
  }
  if (input.trial_interval === undefined && input.trial_interval_count === undefined) return {};
  const interval = input.trial_interval !== undefined ? input.trial_interval : current.trialInterval;
  // Clearing the trial interval clears its count unless the request sets one.
  const count =
    input.trial_interval_count !== undefined ? input.trial_interval_count : interval === null ? null : current.trialIntervalCount;
  return trial(current.recurringInterval !== null, interval, count);
}

function trial(isRecurring: boolean, interval: RecurringInterval | null, count: number | null) {
  if (!isRecurring && (interval !== null || count !== null)) {
    throw ApiError.invalid(["body", interval !== null ? "trial_interval" : "trial_interval_count"], TRIAL_ON_ONE_TIME);
  }
  if (interval === null && count !== null) {
    throw ApiError.invalid(["body", "trial_interval"], "Required when trial_interval_count is set", "missing");
  }
  return { trialInterval: interval, trialIntervalCount: interval === null ? null : (count ?? 1) };
}
