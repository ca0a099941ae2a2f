import { parseId } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { resetWebhookEndpointSecret } from "@/lib/webhooks/reset-webhook-endpoint-secret";
import { serializeWebhookEndpoint } from "@/lib/webhooks/serialize-webhook-endpoint";

// PATCH /v1/webhooks/endpoints/{id}/secret — replace the signing secret (returned this once)
export const PATCH = withOrg<{ id: string }>(
  async ({ params, organizationId }) => {
    const { endpoint, secret } = await resetWebhookEndpointSecret(db, organizationId, parseId(params.id, "Webhook endpoint"));
    return Response.json(serializeWebhookEndpoint(endpoint, secret));
  },
  { permission: "write" },
);
