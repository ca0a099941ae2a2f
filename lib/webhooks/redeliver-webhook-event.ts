import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db";
import { enqueue } from "@/lib/jobs/enqueue";

/**
 * Schedules one more delivery of an event (a new attempt in the log, same webhook-id). If the
 * event had retries left they continue; one that used them all gets this single attempt.
 */
export async function redeliverWebhookEvent(db: Db, organizationId: string, webhookEventId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const event = await tx.webhookEvent.findFirst({
      where: { id: webhookEventId, organizationId },
      select: { id: true, endpointId: true, endpoint: { select: { enabled: true } } },
    });
    if (!event) throw ApiError.notFound("Webhook event");
    if (!event.endpoint.enabled) throw new ApiError("bad_request", "The webhook endpoint is disabled: enable it before redelivering");
    // Not "delivered" any more, so the job sends it even if an earlier attempt succeeded.
    await tx.webhookEvent.update({ where: { id: event.id }, data: { succeeded: null } });
    await enqueue(tx, [
      { name: "webhooks/event.delivery-requested", data: { webhookEventId: event.id, endpointId: event.endpointId }, organizationId },
    ]);
  });
}
