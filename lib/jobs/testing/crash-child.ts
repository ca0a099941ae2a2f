// A process for the crash tests (crash.integration.test.ts), run with tsx and killed with SIGKILL:
//   enqueue  — commits a transaction that enqueues one job, starts no runner, waits to be killed.
//   claim    — starts a runner (short lock) whose handler announces the job and never finishes.
// Each step is announced as one JSON line on stdout.
import { createDb } from "@/lib/db";
import { enqueue } from "@/lib/jobs/enqueue";
import { startRunner } from "@/lib/jobs/start-runner";

const say = (message: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(message)}\n`);
const db = createDb(process.env.DATABASE_URL);
const mode = process.argv[2];

if (mode === "enqueue") {
  const [id] = await db.$transaction((tx) =>
    enqueue(tx, [
      {
        name: "grants/grant.reconcile-requested",
        data: { grantId: crypto.randomUUID(), customerId: crypto.randomUUID() },
        concurrencyKey: "customer:crash",
      },
    ]),
  );
  say({ committed: id });
} else if (mode === "claim") {
  startRunner({
    db,
    lockMs: Number(process.env.LOCK_MS),
    pollMs: 20,
    handlers: {
      "grants/grant.reconcile-requested": async (_db, data) => {
        say({ started: data.grantId });
        await new Promise(() => undefined); // mid-handler until SIGKILL
      },
    },
  });
  say({ ready: true });
} else {
  throw new Error(`unknown mode ${mode}`);
}
// Keep the process alive until the test kills it.
setInterval(() => undefined, 60_000);
