import { parseId } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { redeliverWebhookEvent } from "@/lib/webhooks/redeliver-webhook-event";

// POST /v1/webhooks/events/{id}/redeliver — schedule one more delivery of an event (202, as Polar)
export const POST = withOrg<{ id: string }>(
  async ({ params, organizationId }) => {
    await redeliverWebhookEvent(db, organizationId, parseId(params.id, "Webhook event"));
    return Response.json(null, { status: 202 });
  },
  { permission: "write" },
);
