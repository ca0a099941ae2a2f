import { parseId } from "@/lib/api/parse";
import { withCustomer } from "@/lib/api/with-customer";
import { db } from "@/lib/db";
import { getCustomerLicenseKeyOrThrow } from "@/lib/portal/get-customer-license-key-or-throw";

type Params = { id: string };

// GET /v1/customer-portal/license-keys/{id} — one of the signed-in customer's keys, with its activations
export const GET = withCustomer<Params>(async ({ params, session }) => {
  return Response.json(await getCustomerLicenseKeyOrThrow(db, session.customerId, parseId(params.id, "License key")));
});
