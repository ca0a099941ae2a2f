import { parseBody, parseId } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { updateCustomerBody } from "@/lib/customers/customer-input";
import { deleteCustomer } from "@/lib/customers/delete-customer";
import { getCustomerOrThrow } from "@/lib/customers/get-customer-or-throw";
import { serializeCustomer } from "@/lib/customers/serialize-customer";
import { updateCustomer } from "@/lib/customers/update-customer";
import { db } from "@/lib/db";

type Params = { id: string };

// GET /v1/customers/{id} — get a customer
export const GET = withOrg<Params>(
  async ({ params, organizationId }) => {
    const customer = await getCustomerOrThrow(db, organizationId, { id: parseId(params.id, "Customer") });
    return Response.json(serializeCustomer(customer));
  },
  { permission: "read" },
);

// PATCH /v1/customers/{id} — update a customer
export const PATCH = withOrg<Params>(
  async ({ req, params, organizationId }) => {
    const id = parseId(params.id, "Customer");
    const body = await parseBody(req, updateCustomerBody);
    const customer = await updateCustomer(db, organizationId, { id }, body);
    return Response.json(serializeCustomer(customer));
  },
  { permission: "write" },
);

// DELETE /v1/customers/{id} — delete (anonymise) a customer
export const DELETE = withOrg<Params>(
  async ({ params, organizationId }) => {
    await deleteCustomer(db, organizationId, { id: parseId(params.id, "Customer") });
    return new Response(null, { status: 204 });
  },
  { permission: "delete" },
);
