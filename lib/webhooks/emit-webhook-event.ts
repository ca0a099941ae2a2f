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
  const endpoints = await subscribedEndpoints(tx, organizationId, type);
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

// Endpoints looked up once per transaction, organization and type: a re-apply batch emits one
// event per grant, and its 50 identical lookups would cost more than the grants themselves.
// A transaction sees the endpoints as they were when it first asked, as it would under
// REPEATABLE READ — an endpoint added meanwhile starts with the next transaction.
const endpointCache = new WeakMap<DbTx, Map<string, Promise<{ id: string }[]>>>();

function subscribedEndpoints(tx: DbTx, organizationId: string, type: WebhookEventType): Promise<{ id: string }[]> {
  let cache = endpointCache.get(tx);
  if (!cache) endpointCache.set(tx, (cache = new Map()));
  const key = `${organizationId}:${type}`;
  let found = cache.get(key);
  if (!found) {
    // `.then` turns Prisma's lazy query into a plain promise, which runs once however often awaited.
    found = tx.webhookEndpoint
      .findMany({ where: { organizationId, enabled: true, events: { has: type } }, select: { id: true } })
      .then((rows) => rows);
    cache.set(key, found);
  }
  return found;
}
