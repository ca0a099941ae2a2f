import { parseId } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { getCustomerMeterOrThrow } from "@/lib/meters/get-customer-meter-or-throw";
import { serializeCustomerMeter } from "@/lib/meters/serialize-customer-meter";

type Params = { id: string };

// GET /v1/customer-meters/{id} — get one customer's balance on one meter
export const GET = withOrg<Params>(
  async ({ params, organizationId }) => {
    const customerMeter = await getCustomerMeterOrThrow(db, organizationId, parseId(params.id, "Customer meter"));
    return Response.json(serializeCustomerMeter(customerMeter));
  },
  { permission: "read" },
);
