import type { WebhookEndpoint } from "@/lib/generated/prisma/client";

/** Everything an endpoint response shows. The sealed secret column is deliberately not here. */
export const webhookEndpointSelect = {
  id: true,
  organizationId: true,
  url: true,
  events: true,
  enabled: true,
  consecutiveFailures: true,
  disabledAt: true,
  createdAt: true,
  modifiedAt: true,
} as const;

export type WebhookEndpointRow = Pick<WebhookEndpoint, keyof typeof webhookEndpointSelect>;

/**
 * Polar's WebhookEndpoint. `secret` is the clear secret only in the response that creates it
 * (create, reset secret); everywhere else it is null: Benefactor never shows it again.
 * `disabled_at` is set when Benefactor disabled the endpoint itself (410 Gone, or a day of
 * failed retries); a merchant's own "disable" leaves it null.
 */
export function serializeWebhookEndpoint(e: WebhookEndpointRow, clearSecret: string | null = null) {
  return {
    id: e.id,
    created_at: e.createdAt.toISOString(),
    modified_at: e.modifiedAt.toISOString(),
    url: e.url,
    name: null,
    api_version: "2026-10",
    format: "raw" as const,
    secret: clearSecret,
    organization_id: e.organizationId,
    events: e.events,
    enabled: e.enabled,
    uses_standard_webhook_signature: true,
    consecutive_failures: e.consecutiveFailures,
    disabled_at: e.disabledAt?.toISOString() ?? null,
  };
}

export type WebhookEndpointResponse = ReturnType<typeof serializeWebhookEndpoint>;
