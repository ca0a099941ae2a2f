import { pageArgs, type Page } from "@/lib/api/pagination";
import type { DbTx } from "@/lib/db";

/**
 * An endpoint's delivery log for the dashboard: its events, newest first, each with every attempt
 * (newest first). Walks webhook_events by (endpoint_id, created_at) and deliveries by event_id.
 */
export async function listWebhookEndpointEvents(db: DbTx, organizationId: string, endpointId: string, page: Page) {
  const where = { endpointId, organizationId };
  const [items, total] = await Promise.all([
    db.webhookEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        type: true,
        succeeded: true,
        lastHttpCode: true,
        createdAt: true,
        deliveries: {
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          select: { id: true, succeeded: true, httpCode: true, response: true, durationMs: true, createdAt: true },
        },
      },
      ...pageArgs(page),
    }),
    db.webhookEvent.count({ where }),
  ]);
  return { items, total };
}

export type WebhookEndpointEvent = Awaited<ReturnType<typeof listWebhookEndpointEvents>>["items"][number];
