import { parseId } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { revokeGrant } from "@/lib/grants/revoke-grant";
import { serializeGrant } from "@/lib/grants/serialize-grant";

type Params = { id: string };

// POST /v1/benefit-grants/{id}/revoke — take one grant back (202: the engine does the work)
export const POST = withOrg<Params>(
  async ({ params, organizationId }) => {
    const grant = await revokeGrant(db, organizationId, parseId(params.id, "Benefit grant"));
    return Response.json(serializeGrant(grant), { status: 202 });
  },
  { permission: "write" },
);
