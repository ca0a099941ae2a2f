import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { parseQuery, queryBoolean } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { auditDiscordRole } from "@/lib/integrations/discord/audit-discord-role";

type Params = { id: string; roleId: string };
const query = z.object({ check: queryBoolean.optional() });

// GET /v1/integrations/discord/guilds/{id}/roles/{roleId}/audit — who has the role through Benefactor (check=true compares with Discord)
export const GET = withOrg<Params>(
  async ({ req, params, organizationId }) => {
    const snowflake = /^\d{15,25}$/;
    if (!snowflake.test(params.id)) throw ApiError.notFound("Discord server");
    if (!snowflake.test(params.roleId)) throw ApiError.notFound("Discord role");
    const { check } = parseQuery(req, query);
    return Response.json(await auditDiscordRole(db, organizationId, params.id, params.roleId, { check: check === true }));
  },
  { permission: "read" },
);
