import { inngest } from "@/inngest/client";
import { db } from "@/lib/db";
import { purgeIdempotencyKeys } from "@/lib/api/with-idempotency";
import { sweepSubscriptions } from "@/lib/purchases/sweep-subscriptions";
import { failureHooks } from "./failure-hooks";
import { handlers } from "./handlers";
import { isInngestConfigured } from "./is-inngest-configured";
import { startDispatcher } from "./start-dispatcher";
import { startRunner } from "./start-runner";

export type JobsHandle = { mode: "runner" | "inngest"; stop(): Promise<void> };

/**
 * Jobs run at once by this process: JOBS_CONCURRENCY, else 4 — but always leaving a database
 * connection for requests (the embedded PGlite default runs with a pool of one).
 */
function runnerConcurrency(env = process.env): number {
  const configured = Number(env.JOBS_CONCURRENCY);
  if (configured > 0) return configured;
  const poolMax = Number(env.DATABASE_POOL_MAX ?? 10);
  return Math.max(1, Math.min(4, poolMax - 1));
}

// Next may evaluate instrumentation more than once per process (dev reloads); one engine is enough.
const globalForJobs = globalThis as unknown as { benefactorJobs?: JobsHandle };

/**
 * Starts this process's share of the job engine, once: without Inngest, the in-process runner
 * (jobs + the subscription sweep every minute); with Inngest, the dispatcher that hands the
 * outbox to Inngest (the functions and crons then run from the serve route).
 * Called by instrumentation.ts and scripts/jobs-worker.ts.
 */
export function startJobs(): JobsHandle {
  if (globalForJobs.benefactorJobs) return globalForJobs.benefactorJobs;
  let handle: JobsHandle;
  if (isInngestConfigured()) {
    const dispatcher = startDispatcher({ db, send: (events) => inngest.send(events) });
    handle = { mode: "inngest", stop: dispatcher.stop };
    console.info("[jobs] Inngest configured: handing the outbox to Inngest");
  } else {
    const runner = startRunner({
      db,
      handlers,
      failureHooks,
      concurrency: runnerConcurrency(),
      periodic: [
        { name: "sweep-subscriptions", everyMs: 60_000, run: () => sweepSubscriptions(db) },
        { name: "purge-idempotency-keys", everyMs: 60 * 60_000, run: () => purgeIdempotencyKeys() },
      ],
    });
    handle = { mode: "runner", stop: runner.stop };
    console.info("[jobs] Inngest not configured: running jobs in-process");
  }
  return (globalForJobs.benefactorJobs = handle);
}

/** Stops what startJobs started (the worker script on SIGTERM; tests). */
export async function stopJobs(): Promise<void> {
  const handle = globalForJobs.benefactorJobs;
  globalForJobs.benefactorJobs = undefined;
  await handle?.stop();
}
