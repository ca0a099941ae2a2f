import { inngest } from "@/inngest/client";
import { grantCycleRequested } from "@/inngest/events";
import { db } from "@/lib/db";
import { failureHooks } from "@/lib/jobs/failure-hooks";
import { handlers } from "@/lib/jobs/handlers";
import { failInngestJob, runInngestJob } from "@/lib/jobs/inngest-job";
import { inngestRetries } from "@/lib/jobs/retry-policy";

// Lets the benefit's strategy renew a grant when its subscription renewed.
export const grantCycle = inngest.createFunction(
  {
    id: "grant-cycle",
    triggers: [grantCycleRequested],
    retries: inngestRetries(grantCycleRequested.name),
    // One customer's grants and revokes never race (the runner serialises the same key).
    concurrency: [{ key: "event.data.customerId", limit: 1 }],
    onFailure: ({ event, error }) => failInngestJob(db, failureHooks, grantCycleRequested.name, event.data.event, error),
  },
  ({ event, step }) => step.run("cycle-grant", () => runInngestJob(db, handlers, grantCycleRequested.name, event)),
);
