// The one table from event name to the domain function that does the work. The in-process
// runner and the Inngest functions both call through it, so the work is the same either way.
import type { EventData, EventName } from "@/inngest/events";
import type { Db } from "@/lib/db";
import { cycleGrant } from "@/lib/grants/cycle-grant";
import { reapplyGrant } from "@/lib/grants/reapply-grant";
import { reapplyGrantBatch } from "@/lib/grants/reapply-grant-batch";
import { reconcileGrant } from "@/lib/grants/reconcile-grant";
import { deliverWebhookEvent } from "@/lib/webhooks/deliver-webhook-event";

export type JobHandler<N extends EventName> = (db: Db, data: EventData<N>) => Promise<unknown>;

export const handlers: { [N in EventName]: JobHandler<N> } = {
  "grants/grant.reconcile-requested": (db, data) => reconcileGrant(db, data.grantId),
  "grants/grant.reapply-requested": (db, data) => reapplyGrant(db, data.grantId),
  "grants/grant-batch.reapply-requested": (db, data) => reapplyGrantBatch(db, data.grantIds),
  "grants/grant.cycle-requested": (db, data) => cycleGrant(db, data.grantId),
  "webhooks/event.delivery-requested": (db, data) => deliverWebhookEvent(db, data.webhookEventId),
};
