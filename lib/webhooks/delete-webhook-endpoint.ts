import type { DbTx } from "@/lib/db";
import { getWebhookEndpointOrThrow } from "@/lib/webhooks/get-webhook-endpoint-or-throw";

/**
 * Deletes an endpoint with its events and delivery log (cascade). Delivery jobs still queued for
 * it find nothing and finish without sending.
 */
export async function deleteWebhookEndpoint(db: DbTx, organizationId: string, id: string): Promise<void> {
  await getWebhookEndpointOrThrow(db, organizationId, id);
  await db.webhookEndpoint.delete({ where: { id } });
}
