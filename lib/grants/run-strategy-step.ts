import type { DbTx } from "@/lib/db";
import { ActionRequiredError } from "@/lib/grants/action-required-error";
import type { GrantError } from "@/lib/grants/serialize-grant";
import { PermanentJobError, RetryableJobError } from "@/lib/jobs/job-errors";

export type StepFailure = {
  ok: false;
  kind: "action_required" | "permanent" | "retryable";
  error: GrantError;
  cause: Error;
};
export type StepResult<T> = { ok: true; value: T } | StepFailure;

export function grantError(err: Error): GrantError {
  return { message: err.message, type: err.name, timestamp: new Date().toISOString() };
}

/**
 * Runs strategy work inside a savepoint of the caller's transaction. A job error rolls back
 * whatever the strategy wrote (so a half-issued key never survives a failed grant) and comes back
 * as a value the caller records on the grant. Anything else is a bug or an outage: it propagates,
 * the transaction rolls back, and the job engine retries.
 */
export async function runStrategyStep<T>(tx: DbTx, step: () => Promise<T>): Promise<StepResult<T>> {
  await tx.$executeRawUnsafe("SAVEPOINT grant_strategy");
  try {
    // No RELEASE: COMMIT releases it, and the hot path (fan-out re-applies) saves a round trip.
    return { ok: true, value: await step() };
  } catch (err) {
    await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT grant_strategy");
    if (err instanceof ActionRequiredError) return { ok: false, kind: "action_required", error: grantError(err), cause: err };
    if (err instanceof PermanentJobError) return { ok: false, kind: "permanent", error: grantError(err), cause: err };
    if (err instanceof RetryableJobError) return { ok: false, kind: "retryable", error: grantError(err), cause: err };
    throw err;
  }
}
