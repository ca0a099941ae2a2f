import { z } from "zod";
import { listResponse, paginationQuery } from "@/lib/api/pagination";
import { parseBody, parseQuery, queryList } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { listWebhookEndpoints } from "@/lib/webhooks/list-webhook-endpoints";
import { serializeWebhookEndpoint } from "@/lib/webhooks/serialize-webhook-endpoint";
import { createWebhookEndpointBody } from "@/lib/webhooks/webhook-endpoint-input";

// organization_id is accepted for Polar compatibility; the token already decides the organization.
const listQuery = z.object({ ...paginationQuery, organization_id: queryList });

// GET /v1/webhooks/endpoints — list webhook endpoints
export const GET = withOrg(
  async ({ req, organizationId }) => {
    const q = parseQuery(req, listQuery);
    const { items, total } = await listWebhookEndpoints(db, organizationId, q);
    return Response.json(listResponse(items.map((e) => serializeWebhookEndpoint(e)), total, q));
  },
  { permission: "read" },
);

// POST /v1/webhooks/endpoints — create a webhook endpoint (the only response with its secret)
export const POST = withOrg(
  async ({ req, organizationId }) => {
    const body = await parseBody(req, createWebhookEndpointBody);
    const { endpoint, secret } = await createWebhookEndpoint(db, organizationId, body);
    return Response.json(serializeWebhookEndpoint(endpoint, secret), { status: 201 });
  },
  { permission: "write" },
);
