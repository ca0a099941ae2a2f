import { z } from "zod";
import { listResponse, paginationQuery } from "@/lib/api/pagination";
import { parseQuery, queryList } from "@/lib/api/parse";
import { withCustomer } from "@/lib/api/with-customer";
import { db } from "@/lib/db";
import { BenefitType } from "@/lib/generated/prisma/enums";
import { CUSTOMER_GRANT_SORTING, DEFAULT_CUSTOMER_GRANT_SORTING, listCustomerGrants } from "@/lib/portal/list-customer-grants";
import { serializePortalGrant } from "@/lib/portal/serialize-portal-grant";

const uuids = queryList.pipe(z.array(z.uuid()).optional());

const listQuery = z.object({
  ...paginationQuery,
  query: z.string().max(256).optional(),
  type: queryList.pipe(z.array(z.enum(BenefitType)).optional()),
  benefit_id: uuids,
  checkout_id: uuids,
  order_id: uuids,
  subscription_id: uuids,
  member_id: uuids,
  sorting: queryList.pipe(z.array(z.enum(CUSTOMER_GRANT_SORTING)).optional()),
});

// GET /v1/customer-portal/benefit-grants/ — the signed-in customer's benefit grants
export const GET = withCustomer(async ({ req, session }) => {
  const q = parseQuery(req, listQuery);
  const filters = {
    query: q.query,
    types: q.type,
    benefitIds: q.benefit_id,
    checkoutIds: q.checkout_id,
    orderIds: q.order_id,
    subscriptionIds: q.subscription_id,
    memberIds: q.member_id,
  };
  const { items, total } = await listCustomerGrants(db, session.customerId, filters, q.sorting ?? DEFAULT_CUSTOMER_GRANT_SORTING, q);
  return Response.json(listResponse(items.map(serializePortalGrant), total, q));
});
