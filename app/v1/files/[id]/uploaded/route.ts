import { parseBody, parseId } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { completeUpload } from "@/lib/files/complete-upload";
import { completeUploadBody } from "@/lib/files/file-input";
import { serializeFile } from "@/lib/files/serialize-file";

type Params = { id: string };

// POST /v1/files/{id}/uploaded — complete a multipart upload (checks parts and the whole-file SHA-256)
export const POST = withOrg<Params>(
  async ({ req, params, organizationId }) => {
    const id = parseId(params.id, "File");
    const body = await parseBody(req, completeUploadBody);
    return Response.json(serializeFile(await completeUpload(db, organizationId, id, body)));
  },
  { permission: "write" },
);
