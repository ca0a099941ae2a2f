import { cron } from "inngest";
import { inngest } from "@/inngest/client";
import { purgeIdempotencyKeys } from "@/lib/api/with-idempotency";

// Idempotency keys answer retries for a day; older ones are dead weight (the in-process runner
// purges on the same hourly schedule).
export const idempotencyPurge = inngest.createFunction(
  { id: "idempotency-purge", triggers: [cron("17 * * * *")], retries: 2, concurrency: 1 },
  ({ step }) => step.run("purge-idempotency-keys", async () => ({ purged: await purgeIdempotencyKeys() })),
);
