import type { EventName } from "@/inngest/events";
import type { Db } from "@/lib/db";
import { backoffMs, type Backoff } from "./backoff";
import { failJob } from "./fail-job";
import { PermanentJobError, RetryableJobError } from "./job-errors";
import { markJobCompleted, markJobFailed, scheduleJobRetry } from "./job-row-updates";
import type { ClaimedJob, FailureHooks, JobHandler, JobHandlers, JobLogger } from "./job-types";
import { errorMessage, parseJob } from "./parse-job";
import { MAX_ATTEMPTS } from "./retry-policy";

export type RunJobOptions = {
  failureHooks?: FailureHooks;
  /** Overrides the per-event policy (retry-policy.ts) for every event: tests use it. */
  maxAttempts?: number;
  backoff?: Backoff;
  log?: JobLogger;
};

export type JobOutcome = "completed" | "retrying" | "failed";

/**
 * Runs one claimed job and records how it ended. Only a failing database write escapes as an
 * error; the row's lock then expires and another attempt runs it again.
 */
export async function runJob(
  db: Db,
  job: ClaimedJob,
  handlers: JobHandlers,
  { failureHooks, maxAttempts, backoff = backoffMs, log = console }: RunJobOptions = {},
): Promise<JobOutcome> {
  const parsed = parseJob(job.name, job.data);
  if (!parsed.ok) {
    log.error(`[jobs] job ${job.id} failed: ${parsed.error}`);
    await markJobFailed(db, job.id, parsed.error);
    return "failed";
  }
  // The table is keyed by the same name the data was parsed with: the widening is safe.
  const handler = handlers[parsed.name] as JobHandler<EventName> | undefined;
  const failed = { id: job.id, name: parsed.name, data: parsed.data };
  if (!handler) {
    await failJob(db, failed, `No handler for "${parsed.name}"`, { failureHooks, log });
    return "failed";
  }

  try {
    await handler(db, parsed.data);
  } catch (error) {
    const message = errorMessage(error);
    if (error instanceof PermanentJobError || job.attempts >= (maxAttempts ?? MAX_ATTEMPTS[parsed.name])) {
      log.warn(`[jobs] ${job.name} ${job.id} failed after ${job.attempts} attempt(s): ${message}`);
      await failJob(db, failed, message, { failureHooks, log });
      return "failed";
    }
    // A provider's Retry-After wins when it asks for longer than our own backoff.
    const retryAfterMs = error instanceof RetryableJobError ? (error.retryAfterMs ?? 0) : 0;
    await scheduleJobRetry(db, job.id, Math.max(retryAfterMs, backoff(job.attempts)), message);
    return "retrying";
  }
  await markJobCompleted(db, job.id);
  return "completed";
}
