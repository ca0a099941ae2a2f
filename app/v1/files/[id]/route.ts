import { parseBody, parseId } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { deleteFile } from "@/lib/files/delete-file";
import { updateFileBody } from "@/lib/files/file-input";
import { getFileOrThrow } from "@/lib/files/get-file-or-throw";
import { serializeFile } from "@/lib/files/serialize-file";
import { updateFile } from "@/lib/files/update-file";

type Params = { id: string };

// GET /v1/files/{id} — get a file
export const GET = withOrg<Params>(
  async ({ params, organizationId }) => Response.json(serializeFile(await getFileOrThrow(db, organizationId, parseId(params.id, "File")))),
  { permission: "read" },
);

// PATCH /v1/files/{id} — rename a file or set its version label
export const PATCH = withOrg<Params>(
  async ({ req, params, organizationId }) => {
    const id = parseId(params.id, "File");
    const body = await parseBody(req, updateFileBody);
    return Response.json(serializeFile(await updateFile(db, organizationId, id, body)));
  },
  { permission: "write" },
);

// DELETE /v1/files/{id} — delete a file (customers who hold it keep downloading it)
export const DELETE = withOrg<Params>(
  async ({ params, organizationId }) => {
    await deleteFile(db, organizationId, parseId(params.id, "File"));
    return new Response(null, { status: 204 });
  },
  { permission: "delete" },
);
