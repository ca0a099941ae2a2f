import { parseBody, parseId } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { deleteWebhookEndpoint } from "@/lib/webhooks/delete-webhook-endpoint";
import { getWebhookEndpointOrThrow } from "@/lib/webhooks/get-webhook-endpoint-or-throw";
import { serializeWebhookEndpoint } from "@/lib/webhooks/serialize-webhook-endpoint";
import { updateWebhookEndpoint } from "@/lib/webhooks/update-webhook-endpoint";
import { updateWebhookEndpointBody } from "@/lib/webhooks/webhook-endpoint-input";

type Params = { id: string };

// GET /v1/webhooks/endpoints/{id} — get a webhook endpoint (never its secret)
export const GET = withOrg<Params>(
  async ({ params, organizationId }) => {
    const endpoint = await getWebhookEndpointOrThrow(db, organizationId, parseId(params.id, "Webhook endpoint"));
    return Response.json(serializeWebhookEndpoint(endpoint));
  },
  { permission: "read" },
);

// PATCH /v1/webhooks/endpoints/{id} — change the URL, events or enabled flag
export const PATCH = withOrg<Params>(
  async ({ req, params, organizationId }) => {
    const id = parseId(params.id, "Webhook endpoint");
    const body = await parseBody(req, updateWebhookEndpointBody);
    const endpoint = await updateWebhookEndpoint(db, organizationId, id, body);
    return Response.json(serializeWebhookEndpoint(endpoint));
  },
  { permission: "write" },
);

// DELETE /v1/webhooks/endpoints/{id} — delete a webhook endpoint and its delivery log
export const DELETE = withOrg<Params>(
  async ({ params, organizationId }) => {
    await deleteWebhookEndpoint(db, organizationId, parseId(params.id, "Webhook endpoint"));
    return new Response(null, { status: 204 });
  },
  { permission: "delete" },
);
