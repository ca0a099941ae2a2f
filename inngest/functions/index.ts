import type { InngestFunction } from "inngest";
import { grantCycle } from "./grant-cycle";
import { grantBatchReapply } from "./grant-batch-reapply";
import { grantReapply } from "./grant-reapply";
import { grantReconcile } from "./grant-reconcile";
import { idempotencyPurge } from "./idempotency-purge";
import { outboxSweep } from "./outbox-sweep";
import { subscriptionsSweep } from "./subscriptions-sweep";
import { webhookDeliver } from "./webhook-deliver";

/** Every Inngest function the app serves (app/api/inngest), one per file in this folder. */
export const functions: InngestFunction.Any[] = [
  grantReconcile,
  grantReapply,
  grantBatchReapply,
  grantCycle,
  webhookDeliver,
  subscriptionsSweep,
  outboxSweep,
  idempotencyPurge,
];
