import { z } from "zod";
import { metadataFilter } from "@/lib/api/metadata-filter";
import { listResponse, paginationQuery } from "@/lib/api/pagination";
import { parseBody, parseQuery, queryBoolean, queryList } from "@/lib/api/parse";
import { withIdempotency } from "@/lib/api/with-idempotency";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { SubscriptionStatus } from "@/lib/generated/prisma/enums";
import { createSubscription } from "@/lib/purchases/create-subscription";
import { listSubscriptions, SUBSCRIPTION_SORTING } from "@/lib/purchases/list-subscriptions";
import { serializeSubscription } from "@/lib/purchases/serialize-subscription";
import { createSubscriptionBody } from "@/lib/purchases/subscription-input";

const uuids = queryList.pipe(z.array(z.uuid()).optional());

const listQuery = z.object({
  ...paginationQuery,
  organization_id: uuids,
  product_id: uuids,
  customer_id: uuids,
  external_customer_id: queryList,
  active: queryBoolean,
  status: queryList.pipe(z.array(z.enum(SubscriptionStatus)).optional()),
  cancel_at_period_end: queryBoolean,
  sorting: queryList.pipe(z.array(z.enum(SUBSCRIPTION_SORTING)).optional()),
});

// GET /v1/subscriptions/ — list subscriptions
export const GET = withOrg(
  async ({ req, organizationId }) => {
    const q = parseQuery(req, listQuery);
    const filters = {
      organizationIds: q.organization_id,
      productIds: q.product_id,
      customerIds: q.customer_id,
      externalCustomerIds: q.external_customer_id,
      isActive: q.active,
      statuses: q.status,
      cancelAtPeriodEnd: q.cancel_at_period_end,
      metadata: metadataFilter(req),
    };
    const { items, total } = await listSubscriptions(db, organizationId, filters, q.sorting ?? ["-started_at"], q);
    return Response.json(listResponse(items.map(serializeSubscription), total, q));
  },
  { permission: "read" },
);

// POST /v1/subscriptions/ — record a subscription (and grant its product's benefits)
export const POST = withOrg(
  withIdempotency(async ({ req, organizationId }) => {
    const body = await parseBody(req, createSubscriptionBody);
    const subscription = await createSubscription(db, organizationId, body);
    return Response.json(serializeSubscription(subscription), { status: 201 });
  }),
  { permission: "write" },
);
