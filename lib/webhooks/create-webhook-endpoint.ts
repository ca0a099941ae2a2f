import { ApiError } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";
import { generateWebhookSecret, sealSecret } from "@/lib/webhooks/secret-box";
import { webhookEndpointSelect } from "@/lib/webhooks/serialize-webhook-endpoint";
import type { CreateWebhookEndpointInput } from "@/lib/webhooks/webhook-endpoint-input";

/** Creates an endpoint with a fresh signing secret; the clear secret is returned this once. */
export async function createWebhookEndpoint(db: DbTx, organizationId: string, input: CreateWebhookEndpointInput) {
  if (input.organization_id && input.organization_id !== organizationId) {
    throw ApiError.invalid(["body", "organization_id"], "Does not match the organization of your access token");
  }
  const secret = generateWebhookSecret();
  const endpoint = await db.webhookEndpoint.create({
    data: { organizationId, url: input.url, events: input.events, secret: sealSecret(secret, organizationId) },
    select: webhookEndpointSelect,
  });
  return { endpoint, secret };
}
