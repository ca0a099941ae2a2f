import { z } from "zod";
import { parseQuery, queryBoolean } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { listDiscordGuilds } from "@/lib/integrations/discord/list-discord-guilds";

const query = z.object({ check: queryBoolean.optional() });

// GET /v1/integrations/discord/guilds — the organization's connected Discord servers (check=true re-reads their health)
export const GET = withOrg(
  async ({ req, organizationId }) => {
    const { check } = parseQuery(req, query);
    const items = await listDiscordGuilds(db, organizationId, { check: check === true });
    return Response.json({ items, pagination: { total_count: items.length, max_page: 1 } });
  },
  { permission: "read" },
);
