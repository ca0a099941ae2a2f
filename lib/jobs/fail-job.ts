import type { EventData, EventName } from "@/inngest/events";
import type { Db } from "@/lib/db";
import { markJobFailed } from "./job-row-updates";
import type { FailureHook, FailureHooks, JobLogger } from "./job-types";
import { errorMessage } from "./parse-job";

/**
 * Gives a job up for good: runs the event's failure hook (e.g. mark the grant `failed` with the
 * error), then marks the outbox row failed. Hook first: if the process dies in between, the row's
 * lock expires, the job runs again and the hook gets another chance. A hook that throws must not
 * keep the row alive forever, so the row is failed anyway with both errors recorded.
 * Shared by the in-process runner and the Inngest functions' `onFailure`.
 */
export async function failJob(
  db: Db,
  /** `id` null: work that did not come from the outbox (an event sent by hand to Inngest). */
  job: { id: string | null; name: EventName; data: EventData<EventName> | undefined },
  error: string,
  { failureHooks = {}, log = console }: { failureHooks?: FailureHooks; log?: JobLogger } = {},
): Promise<void> {
  // The hook table is keyed by the same name as the data's schema: the widening is safe.
  const hook = failureHooks[job.name] as FailureHook<EventName> | undefined;
  if (hook && job.data !== undefined) {
    try {
      await hook(db, job.data, error);
    } catch (hookError) {
      log.error(`[jobs] failure hook of ${job.name} threw for job ${job.id}`, hookError);
      error = `${error} (failure hook failed: ${errorMessage(hookError)})`;
    }
  }
  if (job.id) await markJobFailed(db, job.id, error);
}
