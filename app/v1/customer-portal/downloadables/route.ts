import { z } from "zod";
import { listResponse, paginationQuery } from "@/lib/api/pagination";
import { parseQuery, queryList } from "@/lib/api/parse";
import { withCustomer } from "@/lib/api/with-customer";
import { appBaseUrl } from "@/lib/auth/customer-session-url";
import { db } from "@/lib/db";
import { listCustomerDownloadables } from "@/lib/files/list-customer-downloadables";

const listQuery = z.object({ ...paginationQuery, benefit_id: queryList.pipe(z.array(z.uuid()).optional()) });

// GET /v1/customer-portal/downloadables/ — the signed-in customer's files, each with a signed download link
export const GET = withCustomer(async ({ req, session }) => {
  const q = parseQuery(req, listQuery);
  const { items, total } = await listCustomerDownloadables(db, session.customerId, { benefitIds: q.benefit_id }, q, appBaseUrl(req));
  return Response.json(listResponse(items, total, q));
});
