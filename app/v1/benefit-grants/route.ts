import { listResponse } from "@/lib/api/pagination";
import { parseBody, parseQuery } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { grantBenefitManually } from "@/lib/grants/grant-benefit-manually";
import { createGrantBody, listGrantsQuery } from "@/lib/grants/grant-input";
import { listGrants } from "@/lib/grants/list-grants";
import { serializeGrant } from "@/lib/grants/serialize-grant";

// GET /v1/benefit-grants/ — list benefit grants
export const GET = withOrg(
  async ({ req, organizationId }) => {
    const q = parseQuery(req, listGrantsQuery);
    const filters = {
      organizationIds: q.organization_id,
      customerIds: q.customer_id,
      externalCustomerIds: q.external_customer_id,
      benefitIds: q.benefit_id,
      isGranted: q.is_granted,
      isRevoked: q.is_revoked,
    };
    const { items, total } = await listGrants(db, organizationId, filters, q.sorting ?? ["-created_at"], q);
    return Response.json(listResponse(items.map(serializeGrant), total, q));
  },
  { permission: "read" },
);

// POST /v1/benefit-grants/ — grant a benefit to a customer by hand (delivered by the engine)
export const POST = withOrg(
  async ({ req, organizationId }) => {
    const body = await parseBody(req, createGrantBody);
    const grant = await grantBenefitManually(db, organizationId, body);
    return Response.json(serializeGrant(grant), { status: 201 });
  },
  { permission: "write" },
);
