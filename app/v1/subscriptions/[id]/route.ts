import { parseBody, parseId } from "@/lib/api/parse";
import { withIdempotency } from "@/lib/api/with-idempotency";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { getSubscriptionOrThrow } from "@/lib/purchases/get-subscription-or-throw";
import { serializeSubscription } from "@/lib/purchases/serialize-subscription";
import { updateSubscriptionBody } from "@/lib/purchases/subscription-input";
import { updateSubscription } from "@/lib/purchases/update-subscription";

type Params = { id: string };

// GET /v1/subscriptions/{id} — get a subscription
export const GET = withOrg<Params>(
  async ({ params, organizationId }) => {
    const subscription = await getSubscriptionOrThrow(db, organizationId, parseId(params.id, "Subscription"));
    return Response.json(serializeSubscription(subscription));
  },
  { permission: "read" },
);

// PATCH /v1/subscriptions/{id} — cancel at period end, revoke, set status, change product or renew
export const PATCH = withOrg<Params>(
  withIdempotency(async ({ req, params, organizationId }) => {
    const id = parseId(params.id, "Subscription");
    const body = await parseBody(req, updateSubscriptionBody);
    const subscription = await updateSubscription(db, organizationId, id, body);
    return Response.json(serializeSubscription(subscription));
  }),
  { permission: "write" },
);

// DELETE /v1/subscriptions/{id} — revoke now (Polar answers with the subscription, not a 204)
export const DELETE = withOrg<Params>(
  withIdempotency(async ({ params, organizationId }) => {
    const id = parseId(params.id, "Subscription");
    const subscription = await updateSubscription(db, organizationId, id, { revoke: true }, { isRevokeForbidden: true });
    return Response.json(serializeSubscription(subscription));
  }),
  { permission: "write" },
);
