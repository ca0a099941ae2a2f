import type { WebhookDelivery, WebhookEvent } from "@/lib/generated/prisma/client";

export const webhookDeliverySelect = {
  id: true,
  endpointId: true,
  succeeded: true,
  httpCode: true,
  response: true,
  durationMs: true,
  createdAt: true,
  event: { select: { id: true, type: true, payload: true, succeeded: true, lastHttpCode: true, createdAt: true } },
} as const;

export type WebhookDeliveryRow = Pick<WebhookDelivery, "id" | "endpointId" | "succeeded" | "httpCode" | "response" | "durationMs" | "createdAt"> & {
  event: Pick<WebhookEvent, "id" | "type" | "payload" | "succeeded" | "lastHttpCode" | "createdAt">;
};

/** Polar's WebhookDelivery (with its WebhookEvent), plus `endpoint_id` and `duration_ms`. */
export function serializeWebhookDelivery(d: WebhookDeliveryRow) {
  return {
    id: d.id,
    created_at: d.createdAt.toISOString(),
    modified_at: null,
    endpoint_id: d.endpointId,
    succeeded: d.succeeded,
    http_code: d.httpCode,
    response: d.response,
    duration_ms: d.durationMs,
    webhook_event: {
      id: d.event.id,
      created_at: d.event.createdAt.toISOString(),
      modified_at: null,
      type: d.event.type,
      // Polar sends the payload as the JSON text that was signed.
      payload: JSON.stringify(d.event.payload),
      succeeded: d.event.succeeded,
      last_http_code: d.event.lastHttpCode,
      skipped: false,
      api_version: "2026-10",
      is_archived: false,
    },
  };
}
