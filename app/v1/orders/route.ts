import { z } from "zod";
import { metadataFilter } from "@/lib/api/metadata-filter";
import { listResponse, paginationQuery } from "@/lib/api/pagination";
import { parseBody, parseQuery, queryList } from "@/lib/api/parse";
import { withIdempotency } from "@/lib/api/with-idempotency";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { OrderStatus } from "@/lib/generated/prisma/enums";
import { createOrder } from "@/lib/purchases/create-order";
import { listOrders, ORDER_SORTING } from "@/lib/purchases/list-orders";
import { createOrderBody } from "@/lib/purchases/order-input";
import { serializeOrder } from "@/lib/purchases/serialize-order";

const uuids = queryList.pipe(z.array(z.uuid()).optional());

const listQuery = z.object({
  ...paginationQuery,
  organization_id: uuids,
  product_id: uuids,
  product_billing_type: z.enum(["one_time", "recurring"]).optional(),
  customer_id: uuids,
  external_customer_id: queryList,
  subscription_id: uuids,
  status: queryList.pipe(z.array(z.enum(OrderStatus)).optional()),
  sorting: queryList.pipe(z.array(z.enum(ORDER_SORTING)).optional()),
});

// GET /v1/orders/ — list orders
export const GET = withOrg(
  async ({ req, organizationId }) => {
    const q = parseQuery(req, listQuery);
    const filters = {
      organizationIds: q.organization_id,
      productIds: q.product_id,
      productBillingType: q.product_billing_type,
      customerIds: q.customer_id,
      externalCustomerIds: q.external_customer_id,
      subscriptionIds: q.subscription_id,
      statuses: q.status,
      metadata: metadataFilter(req),
    };
    const { items, total } = await listOrders(db, organizationId, filters, q.sorting ?? ["-created_at"], q);
    return Response.json(listResponse(items.map(serializeOrder), total, q));
  },
  { permission: "read" },
);

// POST /v1/orders/ — record a paid one-time order (and grant its product's benefits)
export const POST = withOrg(
  withIdempotency(async ({ req, organizationId }) => {
    const body = await parseBody(req, createOrderBody);
    const order = await createOrder(db, organizationId, body);
    return Response.json(serializeOrder(order), { status: 201 });
  }),
  { permission: "write" },
);
