import { listResponse } from "@/lib/api/pagination";
import { parseId, parseQuery } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { getBenefitOrThrow } from "@/lib/benefits/get-benefit-or-throw";
import { db } from "@/lib/db";
import { listBenefitGrantsQuery } from "@/lib/grants/grant-input";
import { listGrants } from "@/lib/grants/list-grants";
import { serializeGrant } from "@/lib/grants/serialize-grant";

type Params = { id: string };

// GET /v1/benefits/{id}/grants — list the grants of one benefit
export const GET = withOrg<Params>(
  async ({ req, params, organizationId }) => {
    const benefit = await getBenefitOrThrow(db, organizationId, parseId(params.id, "Benefit"));
    const q = parseQuery(req, listBenefitGrantsQuery);
    // No grant belongs to a member (Benefactor has none): a member filter matches nothing.
    if (q.member_id?.length) return Response.json(listResponse([], 0, q));
    const filters = { benefitIds: [benefit.id], customerIds: q.customer_id, isGranted: q.is_granted };
    const { items, total } = await listGrants(db, organizationId, filters, ["-created_at"], q);
    return Response.json(listResponse(items.map(serializeGrant), total, q));
  },
  { permission: "read" },
);
