import type { InngestFunction } from "inngest";
import type { EventName } from "@/inngest/events";

/**
 * Attempts per event (first run included) before a job is given up, in both engines: the
 * in-process runner fails the row at this count, and each Inngest function sets
 * `retries: maxAttempts - 1`.
 *
 * Grants: with the runner's backoff (1 s doubling, capped at 5 min) 10 attempts span about
 * 8.5 minutes — long enough for a provider blip, short enough that a broken grant surfaces as
 * `failed` while the merchant is still looking. A provider's Retry-After can stretch it.
 * Webhooks: the delivery keeps its own schedule (8 attempts over about a day, see
 * lib/webhooks/retry-schedule.ts) and ends it with a PermanentJobError; the margin here covers
 * attempts lost to a crash or a database error, so the engine never cuts that schedule short.
 */
export const MAX_ATTEMPTS = {
  "grants/grant.reconcile-requested": 10,
  "grants/grant.reapply-requested": 10,
  // A batch that keeps failing is split into single jobs (failure-hooks.ts): give up on it early.
  "grants/grant-batch.reapply-requested": 3,
  "grants/grant.cycle-requested": 10,
  "webhooks/event.delivery-requested": 12,
} as const satisfies Record<EventName, number>;

type InngestRetries = NonNullable<InngestFunction.Options["retries"]>;

/** `retries` for an Inngest function: attempts after the first. */
export const inngestRetries = (name: EventName) => (MAX_ATTEMPTS[name] - 1) as InngestRetries;
