import { cron } from "inngest";
import { inngest } from "@/inngest/client";
import { db } from "@/lib/db";
import { dispatchOutbox } from "@/lib/jobs/dispatch-outbox";

// Bounded so one run stays well inside a serverless time limit; the next minute continues.
const MAX_BATCHES = 20;
const BATCH_SIZE = 100;

// The safety net of Inngest mode: sends outbox rows that no app process sent after commit (it
// crashed, or runs serverless with no dispatcher) and re-sends rows no run completed. Re-sends are
// deduplicated by Inngest (event id = outbox row id).
export const outboxSweep = inngest.createFunction(
  {
    id: "outbox-sweep",
    triggers: [cron("*/1 * * * *")],
    retries: 2,
    concurrency: 1,
  },
  ({ step }) =>
    step.run("dispatch-outbox", async () => {
      let sent = 0;
      for (let batch = 0; batch < MAX_BATCHES; batch++) {
        const count = await dispatchOutbox(db, (events) => inngest.send(events), { limit: BATCH_SIZE });
        sent += count;
        if (count < BATCH_SIZE) break;
      }
      return { sent };
    }),
);
