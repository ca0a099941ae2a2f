import { z } from "zod";
import { listResponse, paginationQuery } from "@/lib/api/pagination";
import { parseQuery, queryList } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { CUSTOMER_METER_SORTING, listCustomerMeters } from "@/lib/meters/list-customer-meters";
import { serializeCustomerMeter } from "@/lib/meters/serialize-customer-meter";

const uuids = queryList.pipe(z.array(z.uuid()).optional());

const listQuery = z.object({
  ...paginationQuery,
  organization_id: uuids,
  customer_id: uuids,
  external_customer_id: queryList,
  meter_id: uuids,
  sorting: queryList.pipe(z.array(z.enum(CUSTOMER_METER_SORTING)).optional()),
});

// GET /v1/customer-meters/ — list balances (credited, consumed, balance) per customer × meter; filter by customer or meter
export const GET = withOrg(
  async ({ req, organizationId }) => {
    const q = parseQuery(req, listQuery);
    // Only the token's organization is visible: another organization id matches nothing.
    if (q.organization_id && !q.organization_id.includes(organizationId)) return Response.json(listResponse([], 0, q));
    const filters = { customerIds: q.customer_id, externalCustomerIds: q.external_customer_id, meterIds: q.meter_id };
    const { items, total } = await listCustomerMeters(db, organizationId, filters, q.sorting ?? ["-modified_at"], q);
    return Response.json(listResponse(items.map(serializeCustomerMeter), total, q));
  },
  { permission: "read" },
);
