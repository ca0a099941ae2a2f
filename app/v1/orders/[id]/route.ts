import { parseId } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { getOrderOrThrow } from "@/lib/purchases/get-order-or-throw";
import { serializeOrder } from "@/lib/purchases/serialize-order";

type Params = { id: string };

// GET /v1/orders/{id} — get an order
export const GET = withOrg<Params>(
  async ({ params, organizationId }) => {
    const order = await getOrderOrThrow(db, organizationId, parseId(params.id, "Order"));
    return Response.json(serializeOrder(order));
  },
  { permission: "read" },
);
