import type { DbTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueue } from "@/lib/jobs/enqueue";
import type { WebhookEventType } from "@/lib/webhooks/event-types";

export { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@/lib/webhooks/event-types";

/**
 * Records one event per enabled endpoint of the organization that subscribed to `type`, and a
 * delivery job for each, in the caller's transaction: the webhook exists if and only if the state
 * change that caused it committed. With no endpoints this is one indexed query and nothing else.
 *
 * Deliveries run in parallel (no concurrency key): like Stripe and Polar we do not promise order,
 * and serialising per endpoint would let one failing event hold every later one back for the day
 * its retries take. Receivers order by the payload's `timestamp` and dedupe by `webhook-id`.
 */
export async function emitWebhookEvent(
  tx: DbTx,
  organizationId: string,
  type: WebhookEventType,
  data: Record<string, unknown>,
): Promise<void> {
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { organizationId, enabled: true, events: { has: type } },
    select: { id: true },
  });
  if (endpoints.length === 0) return;
  const payload = { type, timestamp: new Date().toISOString(), data } as Prisma.InputJsonObject;
  const events = await tx.webhookEvent.createManyAndReturn({
    data: endpoints.map((e) => ({ organizationId, endpointId: e.id, type, payload })),
    select: { id: true, endpointId: true },
  });
  await enqueue(
    tx,
    events.map((e) => ({
      name: "webhooks/event.delivery-requested" as const,
      data: { webhookEventId: e.id, endpointId: e.endpointId },
      organizationId,
    })),
  );
}
