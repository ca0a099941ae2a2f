import { z } from "zod";
import { listResponse, paginationQuery } from "@/lib/api/pagination";
import { parseId, parseQuery } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { listActivations } from "@/lib/license-keys/list-activations";
import { serializeActivation } from "@/lib/license-keys/serialize-license-key";

type Params = { id: string };

const listQuery = z.object(paginationQuery);

// GET /v1/license-keys/{id}/activations — list a key's activations, oldest first (Benefactor's addition)
export const GET = withOrg<Params>(
  async ({ req, params, organizationId }) => {
    const id = parseId(params.id, "License key");
    const q = parseQuery(req, listQuery);
    const { items, total } = await listActivations(db, organizationId, id, q);
    return Response.json(listResponse(items.map(serializeActivation), total, q));
  },
  { permission: "read" },
);
