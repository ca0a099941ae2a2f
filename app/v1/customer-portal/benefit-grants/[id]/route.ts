import { parseId } from "@/lib/api/parse";
import { withCustomer } from "@/lib/api/with-customer";
import { db } from "@/lib/db";
import { getCustomerGrantOrThrow } from "@/lib/portal/get-customer-grant-or-throw";
import { serializePortalGrant } from "@/lib/portal/serialize-portal-grant";

type Params = { id: string };

// GET /v1/customer-portal/benefit-grants/{id} — one of the signed-in customer's benefit grants
export const GET = withCustomer<Params>(async ({ params, session }) => {
  const grant = await getCustomerGrantOrThrow(db, session.customerId, parseId(params.id, "Benefit grant"));
  return Response.json(serializePortalGrant(grant));
});
