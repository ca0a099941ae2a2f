import type { DbTx } from "@/lib/db";
import { getWebhookEndpointOrThrow } from "@/lib/webhooks/get-webhook-endpoint-or-throw";
import { generateWebhookSecret, sealSecret } from "@/lib/webhooks/secret-box";
import { webhookEndpointSelect } from "@/lib/webhooks/serialize-webhook-endpoint";

/**
 * Replaces the signing secret (the old one stops verifying at once, also for retries already
 * scheduled). The new clear secret is returned this once.
 */
export async function resetWebhookEndpointSecret(db: DbTx, organizationId: string, id: string) {
  await getWebhookEndpointOrThrow(db, organizationId, id);
  const secret = generateWebhookSecret();
  const endpoint = await db.webhookEndpoint.update({
    where: { id },
    data: { secret: sealSecret(secret, organizationId) },
    select: webhookEndpointSelect,
  });
  return { endpoint, secret };
}
