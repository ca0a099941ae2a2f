import { ApiError } from "@/lib/api/errors";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { listConnectedGuildRoles } from "@/lib/integrations/discord/list-connected-guild-roles";

type Params = { id: string };

// GET /v1/integrations/discord/guilds/{id}/roles — a connected server's roles, each saying whether a benefit may give it
export const GET = withOrg<Params>(
  async ({ params, organizationId }) => {
    if (!/^\d{15,25}$/.test(params.id)) throw ApiError.notFound("Discord server");
    return Response.json(await listConnectedGuildRoles(db, organizationId, params.id));
  },
  { permission: "read" },
);
