import { inngest } from "@/inngest/client";
import { grantReconcileRequested } from "@/inngest/events";
import { db } from "@/lib/db";
import { failureHooks } from "@/lib/jobs/failure-hooks";
import { handlers } from "@/lib/jobs/handlers";
import { failInngestJob, runInngestJob } from "@/lib/jobs/inngest-job";
import { inngestRetries } from "@/lib/jobs/retry-policy";

// Moves one grant to its target (grant or revoke). One step: the job is idempotent.
export const grantReconcile = inngest.createFunction(
  {
    id: "grant-reconcile",
    triggers: [grantReconcileRequested],
    retries: inngestRetries(grantReconcileRequested.name),
    // One customer's grants and revokes never race (the runner serialises the same key).
    concurrency: [{ key: "event.data.customerId", limit: 1 }],
    onFailure: ({ event, error }) => failInngestJob(db, failureHooks, grantReconcileRequested.name, event.data.event, error),
  },
  ({ event, step }) => step.run("reconcile-grant", () => runInngestJob(db, handlers, grantReconcileRequested.name, event)),
);
