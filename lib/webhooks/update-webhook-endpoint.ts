import type { DbTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getWebhookEndpointOrThrow } from "@/lib/webhooks/get-webhook-endpoint-or-throw";
import { webhookEndpointSelect } from "@/lib/webhooks/serialize-webhook-endpoint";
import type { UpdateWebhookEndpointInput } from "@/lib/webhooks/webhook-endpoint-input";

/**
 * Changes the URL, events or enabled flag. Enabling (again) starts from a clean slate: the failure
 * count and the "disabled by Benefactor" mark are cleared. Events emitted while an endpoint was
 * disabled are not created for it, so re-enabling does not replay them.
 */
export async function updateWebhookEndpoint(db: DbTx, organizationId: string, id: string, input: UpdateWebhookEndpointInput) {
  await getWebhookEndpointOrThrow(db, organizationId, id);
  const data: Prisma.WebhookEndpointUpdateInput = {};
  if (input.url != null) data.url = input.url;
  if (input.events != null) data.events = input.events;
  if (input.enabled != null) {
    data.enabled = input.enabled;
    data.disabledAt = null;
    if (input.enabled) data.consecutiveFailures = 0;
  }
  return db.webhookEndpoint.update({ where: { id }, data, select: webhookEndpointSelect });
}
