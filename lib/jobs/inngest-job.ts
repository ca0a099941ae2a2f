// The body of every event-triggered Inngest function: the same parse → handler → mark-completed
// as the in-process runner (run-job.ts), with our job errors translated into Inngest's.
import { NonRetriableError, RetryAfterError } from "inngest";
import type { EventName } from "@/inngest/events";
import type { Db } from "@/lib/db";
import { failJob } from "./fail-job";
import { PermanentJobError, RetryableJobError } from "./job-errors";
import { markJobCompleted } from "./job-row-updates";
import type { FailureHooks, JobHandler, JobHandlers } from "./job-types";
import { parseJob } from "./parse-job";

type ReceivedEvent = { id?: string; data?: unknown };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The outbox row behind an event: the dispatcher sends the row id as the event id. */
export const outboxIdOf = (event: { id?: string }) => (event.id && UUID.test(event.id) ? event.id : null);

/** Run inside the function's single `step.run`, so a retry re-runs the whole (idempotent) job. */
export async function runInngestJob(db: Db, handlers: JobHandlers, name: EventName, event: ReceivedEvent) {
  const parsed = parseJob(name, event.data);
  if (!parsed.ok) throw new NonRetriableError(parsed.error);
  // The table is keyed by the same name the data was parsed with: the widening is safe.
  const handler = handlers[parsed.name] as JobHandler<EventName> | undefined;
  if (!handler) throw new NonRetriableError(`No handler for "${name}"`);
  try {
    await handler(db, parsed.data);
  } catch (error) {
    if (error instanceof PermanentJobError) throw new NonRetriableError(error.message, { cause: error });
    // Without a provider's delay, Inngest's own backoff (with jitter) decides.
    if (error instanceof RetryableJobError && error.retryAfterMs !== undefined) {
      throw new RetryAfterError(error.message, Math.max(1_000, Math.round(error.retryAfterMs)), { cause: error });
    }
    throw error;
  }
  const outboxId = outboxIdOf(event);
  if (outboxId) await markJobCompleted(db, outboxId);
  return { outboxId };
}

/** `onFailure`: the run gave up (NonRetriableError or retries exhausted) — same as the runner. */
export async function failInngestJob(
  db: Db,
  failureHooks: FailureHooks,
  name: EventName,
  failedEvent: ReceivedEvent,
  error: { message: string },
): Promise<void> {
  const parsed = parseJob(name, failedEvent.data);
  await failJob(
    db,
    { id: outboxIdOf(failedEvent), name, data: parsed.ok ? parsed.data : undefined },
    error.message,
    { failureHooks },
  );
}
