import { parseId } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { getGrantOrThrow } from "@/lib/grants/get-grant-or-throw";
import { serializeGrant } from "@/lib/grants/serialize-grant";

type Params = { id: string };

// GET /v1/benefit-grants/{id} — get a benefit grant
export const GET = withOrg<Params>(
  async ({ params, organizationId }) => {
    const grant = await getGrantOrThrow(db, organizationId, parseId(params.id, "Benefit grant"));
    return Response.json(serializeGrant(grant));
  },
  { permission: "read" },
);
