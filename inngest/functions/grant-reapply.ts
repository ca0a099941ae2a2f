import { inngest } from "@/inngest/client";
import { grantReapplyRequested } from "@/inngest/events";
import { db } from "@/lib/db";
import { failureHooks } from "@/lib/jobs/failure-hooks";
import { handlers } from "@/lib/jobs/handlers";
import { failInngestJob, runInngestJob } from "@/lib/jobs/inngest-job";
import { inngestRetries } from "@/lib/jobs/retry-policy";

// Re-applies a granted grant after its benefit was edited (revoke the stored configuration, grant the new).
export const grantReapply = inngest.createFunction(
  {
    id: "grant-reapply",
    triggers: [grantReapplyRequested],
    retries: inngestRetries(grantReapplyRequested.name),
    // One customer's grants and revokes never race (the runner serialises the same key).
    concurrency: [{ key: "event.data.customerId", limit: 1 }],
    onFailure: ({ event, error }) => failInngestJob(db, failureHooks, grantReapplyRequested.name, event.data.event, error),
  },
  ({ event, step }) => step.run("reapply-grant", () => runInngestJob(db, handlers, grantReapplyRequested.name, event)),
);
