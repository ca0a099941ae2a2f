// A process that only runs jobs: `tsx scripts/jobs-worker.ts` (DATABASE_URL, and INNGEST_* for
// Inngest mode). Use it with JOBS_RUNNER=off on the web processes, or beside them: any number of
// runners can drain one outbox. SIGINT/SIGTERM finish the jobs in flight, then exit.
import "dotenv/config";
import { db } from "@/lib/db";
import { startJobs, stopJobs } from "@/lib/jobs/start-jobs";

const { mode } = startJobs();
console.info(`[jobs] worker started (${mode}); Ctrl-C to stop`);

let isStopping = false;
const shutdown = async (signal: string) => {
  if (isStopping) return;
  isStopping = true;
  console.info(`[jobs] ${signal}: finishing jobs in flight`);
  await stopJobs();
  await db.$disconnect();
  process.exit(0);
};
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
