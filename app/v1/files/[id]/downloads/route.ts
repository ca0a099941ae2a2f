import { z } from "zod";
import { listResponse, paginationQuery } from "@/lib/api/pagination";
import { parseId, parseQuery } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { listFileDownloads } from "@/lib/files/list-file-downloads";

type Params = { id: string };

const listQuery = z.object(paginationQuery);

// GET /v1/files/{id}/downloads — per customer: download count and last download of this file
export const GET = withOrg<Params>(
  async ({ req, params, organizationId }) => {
    const q = parseQuery(req, listQuery);
    const { items, total } = await listFileDownloads(db, organizationId, parseId(params.id, "File"), q);
    return Response.json(listResponse(items, total, q));
  },
  { permission: "read" },
);
