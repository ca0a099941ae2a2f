// Next calls register() once per server process. It starts this process's share of the job
// engine: the in-process runner when Inngest is not configured (the embedded default), or the
// dispatcher that hands the outbox to Inngest. JOBS_RUNNER=off starts neither (a process that
// should only serve requests while a scripts/jobs-worker.ts process does the work).
export async function register() {
  // Written as a positive check so Next drops the import from the Edge bundle (no Prisma there).
  if (process.env.NEXT_RUNTIME === "nodejs") {
    if (process.env.JOBS_RUNNER === "off") return;
    try {
      const { startJobs } = await import("./lib/jobs/start-jobs");
      startJobs();
    } catch (error) {
      // Serving requests matters more than background work; the outbox keeps the work for later.
      console.error("[jobs] could not start the job engine", error);
    }
  }
}
