import { z } from "zod";
import { listResponse, paginationQuery } from "@/lib/api/pagination";
import { parseQuery, queryList } from "@/lib/api/parse";
import { withCustomer } from "@/lib/api/with-customer";
import { db } from "@/lib/db";
import { listPortalCustomerMeters, PORTAL_METER_SORTING, serializePortalCustomerMeter } from "@/lib/meters/portal-customer-meters";

const listQuery = z.object({
  ...paginationQuery,
  meter_id: queryList.pipe(z.array(z.uuid()).optional()),
  query: z.string().max(256).optional(),
  sorting: queryList.pipe(z.array(z.enum(PORTAL_METER_SORTING)).optional()),
});

// GET /v1/customer-portal/meters/ — the signed-in customer's balances (credited, consumed, balance, low-balance state)
export const GET = withCustomer(async ({ req, session }) => {
  const q = parseQuery(req, listQuery);
  const { items, total } = await listPortalCustomerMeters(db, session.customerId, { meterIds: q.meter_id, query: q.query }, q.sorting ?? ["-modified_at"], q);
  return Response.json(listResponse(items.map(serializePortalCustomerMeter), total, q));
});
