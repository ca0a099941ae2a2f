import { z } from "zod";
import { listResponse, paginationQuery } from "@/lib/api/pagination";
import { parseQuery, queryBoolean, queryList } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/event-types";
import { listWebhookDeliveries } from "@/lib/webhooks/list-webhook-deliveries";
import { serializeWebhookDelivery } from "@/lib/webhooks/serialize-webhook-delivery";

const listQuery = z.object({
  ...paginationQuery,
  endpoint_id: queryList.pipe(z.array(z.uuid()).optional()),
  event_type: queryList.pipe(z.array(z.enum(WEBHOOK_EVENT_TYPES)).optional()),
  succeeded: queryBoolean,
  http_code_class: z.enum(["2xx", "3xx", "4xx", "5xx"]).optional(),
  start_timestamp: z.coerce.date().optional(),
  end_timestamp: z.coerce.date().optional(),
});

// GET /v1/webhooks/deliveries — list delivery attempts, newest first
export const GET = withOrg(
  async ({ req, organizationId }) => {
    const q = parseQuery(req, listQuery);
    const { items, total } = await listWebhookDeliveries(
      db,
      organizationId,
      {
        endpointIds: q.endpoint_id,
        eventTypes: q.event_type,
        succeeded: q.succeeded,
        httpCodeClass: q.http_code_class,
        start: q.start_timestamp,
        end: q.end_timestamp,
      },
      q,
    );
    return Response.json(listResponse(items.map(serializeWebhookDelivery), total, q));
  },
  { permission: "read" },
);
