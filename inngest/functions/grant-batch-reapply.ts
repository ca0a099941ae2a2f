import { inngest } from "@/inngest/client";
import { grantBatchReapplyRequested } from "@/inngest/events";
import { db } from "@/lib/db";
import { failureHooks } from "@/lib/jobs/failure-hooks";
import { handlers } from "@/lib/jobs/handlers";
import { failInngestJob, runInngestJob } from "@/lib/jobs/inngest-job";
import { inngestRetries } from "@/lib/jobs/retry-policy";

// Re-applies a batch of a benefit's grants after the benefit was edited. No per-customer
// concurrency key: the batch locks each of its customers in the database (lockGrants), which is
// what keeps one customer's grant work from interleaving; a few batches per benefit run at once.
export const grantBatchReapply = inngest.createFunction(
  {
    id: "grant-batch-reapply",
    triggers: [grantBatchReapplyRequested],
    retries: inngestRetries(grantBatchReapplyRequested.name),
    concurrency: [{ key: "event.data.benefitId", limit: 4 }],
    onFailure: ({ event, error }) => failInngestJob(db, failureHooks, grantBatchReapplyRequested.name, event.data.event, error),
  },
  ({ event, step }) => step.run("reapply-grant-batch", () => runInngestJob(db, handlers, grantBatchReapplyRequested.name, event)),
);
