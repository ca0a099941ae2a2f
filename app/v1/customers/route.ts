import { z } from "zod";
import { listResponse, paginationQuery } from "@/lib/api/pagination";
import { parseBody, parseQuery, queryBoolean, queryList } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { createCustomer } from "@/lib/customers/create-customer";
import { createCustomerBody } from "@/lib/customers/customer-input";
import { CUSTOMER_SORTING, listCustomers } from "@/lib/customers/list-customers";
import { serializeCustomer } from "@/lib/customers/serialize-customer";
import { db } from "@/lib/db";
import { metadataFilter } from "@/lib/api/metadata-filter";

const listQuery = z.object({
  ...paginationQuery,
  organization_id: queryList.pipe(z.array(z.uuid()).optional()),
  email: z.string().max(320).optional(),
  query: z.string().max(200).optional(),
  active: queryBoolean,
  sorting: queryList.pipe(z.array(z.enum(CUSTOMER_SORTING)).optional()),
});

// GET /v1/customers/ — list customers
export const GET = withOrg(
  async ({ req, organizationId }) => {
    const q = parseQuery(req, listQuery);
    const filters = {
      organizationIds: q.organization_id,
      email: q.email,
      query: q.query,
      isActive: q.active,
      metadata: metadataFilter(req),
    };
    const { items, total } = await listCustomers(db, organizationId, filters, q.sorting ?? ["-created_at"], q);
    return Response.json(listResponse(items.map(serializeCustomer), total, q));
  },
  { permission: "read" },
);

// POST /v1/customers/ — create a customer
export const POST = withOrg(
  async ({ req, organizationId }) => {
    const body = await parseBody(req, createCustomerBody);
    const customer = await createCustomer(db, organizationId, body);
    return Response.json(serializeCustomer(customer), { status: 201 });
  },
  { permission: "write" },
);
