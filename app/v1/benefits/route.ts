import { z } from "zod";
import { listResponse, paginationQuery } from "@/lib/api/pagination";
import { parseBody, parseQuery, queryList } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { createBenefitBody } from "@/lib/benefits/benefit-input";
import { createBenefit } from "@/lib/benefits/create-benefit";
import { listBenefits } from "@/lib/benefits/list-benefits";
import { BENEFIT_TYPES } from "@/lib/benefits/registry";
import { serializeBenefit } from "@/lib/benefits/serialize-benefit";
import { db } from "@/lib/db";

const listQuery = z.object({
  ...paginationQuery,
  organization_id: queryList,
  type: queryList.pipe(z.array(z.enum(BENEFIT_TYPES)).optional()),
  id: queryList.pipe(z.array(z.uuid()).optional()),
  query: z.string().max(200).optional(),
});

// GET /v1/benefits/ — list benefits
export const GET = withOrg(
  async ({ req, organizationId }) => {
    const q = parseQuery(req, listQuery);
    const { items, total } = await listBenefits(db, organizationId, { types: q.type, ids: q.id, query: q.query }, q);
    return Response.json(listResponse(items.map(serializeBenefit), total, q));
  },
  { permission: "read" },
);

// POST /v1/benefits/ — create a benefit
export const POST = withOrg(
  async ({ req, organizationId }) => {
    const body = await parseBody(req, createBenefitBody);
    const benefit = await createBenefit(db, organizationId, body);
    return Response.json(serializeBenefit(benefit), { status: 201 });
  },
  { permission: "write" },
);
