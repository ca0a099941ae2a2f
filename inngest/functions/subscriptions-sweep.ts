import { cron } from "inngest";
import { inngest } from "@/inngest/client";
import { db } from "@/lib/db";
import { sweepSubscriptions } from "@/lib/purchases/sweep-subscriptions";

// Ends subscriptions whose cancel-at-period-end date passed and revokes past-due ones beyond their
// grace period (the in-process runner runs the same sweep every minute).
export const subscriptionsSweep = inngest.createFunction(
  {
    id: "subscriptions-sweep",
    triggers: [cron("*/1 * * * *")],
    retries: 2,
    // A slow sweep must not overlap the next minute's.
    concurrency: 1,
  },
  ({ step }) => step.run("sweep-subscriptions", async () => ({ swept: await sweepSubscriptions(db) })),
);
