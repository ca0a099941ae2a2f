import { parseId } from "@/lib/api/parse";
import { withCustomer } from "@/lib/api/with-customer";
import { db } from "@/lib/db";
import { getPortalCustomerMeterOrThrow, serializePortalCustomerMeter } from "@/lib/meters/portal-customer-meters";

type Params = { id: string };

// GET /v1/customer-portal/meters/{id} — one of the signed-in customer's balances
export const GET = withCustomer<Params>(async ({ params, session }) => {
  const row = await getPortalCustomerMeterOrThrow(db, session.customerId, parseId(params.id, "Customer meter"));
  return Response.json(serializePortalCustomerMeter(row));
});
