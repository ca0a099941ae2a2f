import { inngest } from "@/inngest/client";
import { webhookDeliveryRequested } from "@/inngest/events";
import { db } from "@/lib/db";
import { failureHooks } from "@/lib/jobs/failure-hooks";
import { handlers } from "@/lib/jobs/handlers";
import { failInngestJob, runInngestJob } from "@/lib/jobs/inngest-job";
import { inngestRetries } from "@/lib/jobs/retry-policy";

// Delivers one webhook event to one endpoint (signed); the delivery keeps its own retry schedule.
export const webhookDeliver = inngest.createFunction(
  {
    id: "webhook-deliver",
    triggers: [webhookDeliveryRequested],
    retries: inngestRetries(webhookDeliveryRequested.name),
    // A few deliveries at once per endpoint, so a backlog does not flood the receiver.
    concurrency: [{ key: "event.data.endpointId", limit: 5 }],
    onFailure: ({ event, error }) => failInngestJob(db, failureHooks, webhookDeliveryRequested.name, event.data.event, error),
  },
  ({ event, step }) => step.run("deliver-webhook", () => runInngestJob(db, handlers, webhookDeliveryRequested.name, event)),
);
