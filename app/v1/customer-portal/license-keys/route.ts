import { z } from "zod";
import { listResponse, paginationQuery } from "@/lib/api/pagination";
import { parseQuery } from "@/lib/api/parse";
import { withCustomer } from "@/lib/api/with-customer";
import { db } from "@/lib/db";
import { listCustomerLicenseKeys } from "@/lib/portal/list-customer-license-keys";
import { serializeCustomerLicenseKey } from "@/lib/portal/serialize-customer-license-key";

const listQuery = z.object({ ...paginationQuery, benefit_id: z.uuid().optional() });

// GET /v1/customer-portal/license-keys/ — the signed-in customer's license keys
export const GET = withCustomer(async ({ req, session }) => {
  const q = parseQuery(req, listQuery);
  const { items, total } = await listCustomerLicenseKeys(db, session.customerId, { benefitId: q.benefit_id }, q);
  return Response.json(listResponse(items.map(serializeCustomerLicenseKey), total, q));
});
