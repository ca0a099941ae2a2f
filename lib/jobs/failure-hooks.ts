// Event name → what to record when its job fails for good. Both engines call through it (the
// runner when retries run out, the Inngest functions' onFailure), so a grant whose job died is
// marked `failed` with the error instead of staying `pending` forever.
import { markGrantFailed } from "@/lib/grants/mark-grant-failed";
import { splitReapplyBatch } from "@/lib/grants/reapply-grant-batch";
import type { FailureHooks } from "./job-types";

export const failureHooks: FailureHooks = {
  "grants/grant.reconcile-requested": (db, data, error) => markGrantFailed(db, data.grantId, error),
  "grants/grant.reapply-requested": (db, data, error) => markGrantFailed(db, data.grantId, error),
  "grants/grant-batch.reapply-requested": (db, data) => splitReapplyBatch(db, data.grantIds),
  "grants/grant.cycle-requested": (db, data, error) => markGrantFailed(db, data.grantId, error),
  // Webhook deliveries record every attempt themselves (lib/webhooks/record-webhook-attempt.ts).
};
