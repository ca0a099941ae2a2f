// The typed catalog of durable work. Every event is written to the outbox in the transaction
// that decides it; the outbox row id becomes the Inngest event id (a re-send is deduplicated).
// Names follow `domain/noun.verb`.
import { eventType } from "inngest";
import { z } from "zod";

/** Move one grant towards its target (grant or revoke). Idempotent: safe to run any number of times. */
export const grantReconcileRequested = eventType("grants/grant.reconcile-requested", {
  schema: z.object({ grantId: z.uuid(), customerId: z.uuid() }),
});

/** A granted grant whose benefit changed: revoke what its stored properties say, grant the new ones. */
export const grantReapplyRequested = eventType("grants/grant.reapply-requested", {
  schema: z.object({ grantId: z.uuid(), customerId: z.uuid() }),
});

/**
 * A benefit's properties changed: re-apply up to REAPPLY_BATCH_SIZE of its granted grants in one
 * transaction. A fan-out to 10,000 grants is 200 of these instead of 10,000 single jobs.
 */
export const grantBatchReapplyRequested = eventType("grants/grant-batch.reapply-requested", {
  schema: z.object({ benefitId: z.uuid(), grantIds: z.array(z.uuid()).min(1).max(100) }),
});

/** A subscription renewed: let the benefit's strategy cycle the grant (e.g. re-credit meters). */
export const grantCycleRequested = eventType("grants/grant.cycle-requested", {
  schema: z.object({ grantId: z.uuid(), customerId: z.uuid() }),
});

/** Deliver one webhook event to its endpoint (signed, with retries). */
export const webhookDeliveryRequested = eventType("webhooks/event.delivery-requested", {
  schema: z.object({ webhookEventId: z.uuid(), endpointId: z.uuid() }),
});

export const EVENTS = {
  [grantReconcileRequested.name]: grantReconcileRequested,
  [grantReapplyRequested.name]: grantReapplyRequested,
  [grantBatchReapplyRequested.name]: grantBatchReapplyRequested,
  [grantCycleRequested.name]: grantCycleRequested,
  [webhookDeliveryRequested.name]: webhookDeliveryRequested,
} as const;

export type EventName = keyof typeof EVENTS;
export type EventData<N extends EventName> = z.output<(typeof EVENTS)[N]["schema"] & z.ZodType>;
