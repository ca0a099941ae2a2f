import { parseBody } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { updateExternalCustomerBody } from "@/lib/customers/customer-input";
import { deleteCustomer } from "@/lib/customers/delete-customer";
import { getCustomerOrThrow } from "@/lib/customers/get-customer-or-throw";
import { serializeCustomer } from "@/lib/customers/serialize-customer";
import { updateCustomer } from "@/lib/customers/update-customer";
import { db } from "@/lib/db";

type Params = { external_id: string };

// GET /v1/customers/external/{external_id} — get a customer by the merchant's id
export const GET = withOrg<Params>(
  async ({ params, organizationId }) => {
    const customer = await getCustomerOrThrow(db, organizationId, { externalId: params.external_id });
    return Response.json(serializeCustomer(customer));
  },
  { permission: "read" },
);

// PATCH /v1/customers/external/{external_id} — update a customer by the merchant's id
export const PATCH = withOrg<Params>(
  async ({ req, params, organizationId }) => {
    const body = await parseBody(req, updateExternalCustomerBody);
    const customer = await updateCustomer(db, organizationId, { externalId: params.external_id }, body);
    return Response.json(serializeCustomer(customer));
  },
  { permission: "write" },
);

// DELETE /v1/customers/external/{external_id} — delete (anonymise) a customer by the merchant's id
export const DELETE = withOrg<Params>(
  async ({ params, organizationId }) => {
    await deleteCustomer(db, organizationId, { externalId: params.external_id });
    return new Response(null, { status: 204 });
  },
  { permission: "delete" },
);
