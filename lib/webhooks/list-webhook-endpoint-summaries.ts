import type { DbTx } from "@/lib/db";
import { webhookEndpointSelect, type WebhookEndpointRow } from "@/lib/webhooks/serialize-webhook-endpoint";

export type WebhookEndpointStatus =
  | { kind: "enabled" }
  | { kind: "disabled_by_merchant" }
  /** Benefactor switched it off: the receiver answered 410 Gone, or an event failed for a day. */
  | { kind: "disabled_by_benefactor"; at: Date; reason: "gone" | "failing" };

export type LastAttempt = { at: Date; type: string; succeeded: boolean | null; httpCode: number | null };

export type WebhookEndpointSummary = WebhookEndpointRow & { status: WebhookEndpointStatus; lastAttempt: LastAttempt | null };

/** Endpoints for the dashboard, each with its state and its most recent event's outcome. */
export async function listWebhookEndpointSummaries(db: DbTx, organizationId: string): Promise<WebhookEndpointSummary[]> {
  const endpoints = await db.webhookEndpoint.findMany({
    where: { organizationId },
    select: webhookEndpointSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return Promise.all(endpoints.map((e) => summarizeWebhookEndpoint(db, e)));
}

export async function summarizeWebhookEndpoint(db: DbTx, endpoint: WebhookEndpointRow): Promise<WebhookEndpointSummary> {
  // Both use the (endpoint_id, created_at) index of webhook_events.
  const [latest, lastAnswered] = await Promise.all([
    db.webhookEvent.findFirst({
      where: { endpointId: endpoint.id },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true, type: true, succeeded: true, lastHttpCode: true },
    }),
    endpoint.disabledAt
      ? db.webhookEvent.findFirst({
          where: { endpointId: endpoint.id, succeeded: { not: null } },
          orderBy: { createdAt: "desc" },
          select: { lastHttpCode: true },
        })
      : null,
  ]);
  const status: WebhookEndpointStatus = endpoint.enabled
    ? { kind: "enabled" }
    : endpoint.disabledAt
      ? { kind: "disabled_by_benefactor", at: endpoint.disabledAt, reason: lastAnswered?.lastHttpCode === 410 ? "gone" : "failing" }
      : { kind: "disabled_by_merchant" };
  const lastAttempt = latest
    ? { at: latest.createdAt, type: latest.type, succeeded: latest.succeeded, httpCode: latest.lastHttpCode }
    : null;
  return { ...endpoint, status, lastAttempt };
}
