import { parseBody, parseId } from "@/lib/api/parse";
import { withIdempotency } from "@/lib/api/with-idempotency";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { refundOrderBody } from "@/lib/purchases/order-input";
import { refundOrder } from "@/lib/purchases/refund-order";
import { serializeOrder } from "@/lib/purchases/serialize-order";

type Params = { id: string };

// POST /v1/orders/{id}/refund — record a refund, optionally revoking the order's benefits
export const POST = withOrg<Params>(
  withIdempotency(async ({ req, params, organizationId }) => {
    const id = parseId(params.id, "Order");
    const body = await parseBody(req, refundOrderBody);
    const order = await refundOrder(db, organizationId, id, body);
    return Response.json(serializeOrder(order));
  }),
  { permission: "write" },
);
