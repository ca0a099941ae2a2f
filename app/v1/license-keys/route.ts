import { z } from "zod";
import { listResponse, paginationQuery } from "@/lib/api/pagination";
import { parseQuery, queryList } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { LicenseKeyStatus } from "@/lib/generated/prisma/enums";
import { listLicenseKeys } from "@/lib/license-keys/list-license-keys";
import { serializeLicenseKey } from "@/lib/license-keys/serialize-license-key";

const uuids = queryList.pipe(z.array(z.uuid()).optional());

const listQuery = z.object({
  ...paginationQuery,
  organization_id: uuids,
  benefit_id: uuids,
  // Benefactor's additions: Polar's list filters by organization, benefit and status only.
  customer_id: uuids,
  query: z.string().max(256).optional(),
  status: queryList.pipe(z.array(z.enum(LicenseKeyStatus)).optional()),
});

// GET /v1/license-keys/ — list license keys (filters: organization_id, benefit_id, customer_id, status, query)
export const GET = withOrg(
  async ({ req, organizationId }) => {
    const q = parseQuery(req, listQuery);
    const filters = {
      organizationIds: q.organization_id,
      benefitIds: q.benefit_id,
      customerIds: q.customer_id,
      statuses: q.status,
      query: q.query,
    };
    const { items, total } = await listLicenseKeys(db, organizationId, filters, q);
    return Response.json(listResponse(items.map((k) => serializeLicenseKey(k, "merchant")), total, q));
  },
  { permission: "read" },
);
