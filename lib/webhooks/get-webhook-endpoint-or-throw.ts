import { ApiError } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";
import { webhookEndpointSelect } from "@/lib/webhooks/serialize-webhook-endpoint";

/** An endpoint of this organization; another organization's is a 404 like a missing one. */
export async function getWebhookEndpointOrThrow(db: DbTx, organizationId: string, id: string) {
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id, organizationId }, select: webhookEndpointSelect });
  if (!endpoint) throw ApiError.notFound("Webhook endpoint");
  return endpoint;
}
