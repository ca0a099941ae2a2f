import { listResponse } from "@/lib/api/pagination";
import { parseBody, parseQuery } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { appBaseUrl } from "@/lib/auth/customer-session-url";
import { db } from "@/lib/db";
import { createFile } from "@/lib/files/create-file";
import { createFileBody, listFilesQuery } from "@/lib/files/file-input";
import { listFiles } from "@/lib/files/list-files";
import { serializeFile } from "@/lib/files/serialize-file";

// GET /v1/files/ — list the organization's files (filter: ids)
export const GET = withOrg(
  async ({ req, organizationId }) => {
    const q = parseQuery(req, listFilesQuery);
    if (q.organization_id && !q.organization_id.includes(organizationId)) return Response.json(listResponse([], 0, q));
    const { items, total } = await listFiles(db, organizationId, { ids: q.ids }, q);
    return Response.json(listResponse(items.map(serializeFile), total, q));
  },
  { permission: "read" },
);

// POST /v1/files/ — declare a file and start its multipart upload (FileUpload with signed part URLs)
export const POST = withOrg(
  async ({ req, organizationId }) => {
    const body = await parseBody(req, createFileBody);
    return Response.json(await createFile(db, organizationId, body, appBaseUrl(req)), { status: 201 });
  },
  { permission: "write" },
);
