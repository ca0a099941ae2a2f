import type { Db } from "@/lib/db";
import type { Backoff } from "./backoff";
import { claimDueJobs } from "./claim-due-jobs";
import type { ClaimedJob, FailureHooks, JobHandlers, JobLogger } from "./job-types";
import { onRunnerNotified } from "./notify-runner";
import { startPeriodicTask, type PeriodicTask } from "./periodic-task";
import { runJob } from "./run-job";
import { createWakeSignal } from "./wake-signal";

export type RunnerOptions = {
  db: Db;
  handlers: JobHandlers;
  failureHooks?: FailureHooks;
  /** How often to look for due work when nobody called notifyRunner() (retries, other processes). */
  pollMs?: number;
  /** Jobs run at once by this process (different concurrency keys; one key never runs twice at once). */
  concurrency?: number;
  /**
   * How long a claimed job stays ours. If this process dies, another runner takes the job back
   * after this long, so it must exceed the longest handler run (handlers time out their own calls).
   */
  lockMs?: number;
  maxAttempts?: number;
  backoff?: Backoff;
  periodic?: PeriodicTask[];
  log?: JobLogger;
};

export type Runner = {
  /** Stops claiming; resolves once the jobs and periodic tasks in progress have ended. */
  stop(): Promise<void>;
};

/**
 * The in-process job engine used when Inngest is not configured: claims due outbox rows and runs
 * their handlers, up to `concurrency` at a time. Everything it knows is in the outbox table, so a
 * restarted process (or another one) simply carries on: unfinished rows are due again once their
 * lock expired.
 */
export function startRunner({
  db,
  handlers,
  failureHooks,
  pollMs = 250,
  concurrency = 4,
  lockMs = 5 * 60_000,
  maxAttempts,
  backoff,
  periodic = [],
  log = console,
}: RunnerOptions): Runner {
  const signal = createWakeSignal();
  const inFlight = new Set<Promise<void>>();
  let isStopping = false;
  const unsubscribe = onRunnerNotified(signal.wake);
  const tasks = periodic.map((task) => startPeriodicTask(task, log));

  const start = (job: ClaimedJob) => {
    const running: Promise<void> = runJob(db, job, handlers, { failureHooks, maxAttempts, backoff, log })
      .then(
        () => undefined,
        // Only the outcome's own database write can land here; the lock expiry retries the job.
        (error: unknown) => log.error(`[jobs] could not record the outcome of job ${job.id}`, error),
      )
      .finally(() => {
        inFlight.delete(running);
        // A finished job frees a slot and may unblock the next job of its concurrency key.
        signal.wake();
      });
    inFlight.add(running);
  };

  const loop = async () => {
    while (!isStopping) {
      let isDatabaseAway = false;
      const free = concurrency - inFlight.size;
      if (free > 0) {
        try {
          for (const job of await claimDueJobs(db, { limit: free, lockMs })) start(job);
        } catch (error) {
          // A database restart or network blip: keep trying, a little slower, quietly enough.
          log.error("[jobs] claiming due jobs failed", error);
          isDatabaseAway = true;
        }
      }
      await signal.sleep(isDatabaseAway ? Math.max(pollMs, 5_000) : pollMs);
    }
  };
  const looping = loop();

  return {
    async stop() {
      isStopping = true;
      unsubscribe();
      signal.wake();
      await looping;
      await Promise.all([...inFlight, ...tasks.map((task) => task.stop())]);
    },
  };
}
