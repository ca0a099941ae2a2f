import { parseId } from "@/lib/api/parse";
import { withPublic } from "@/lib/api/with-public";
import { db } from "@/lib/db";
import { answeringLinkErrors } from "@/lib/files/link-error";
import { uploadPart } from "@/lib/files/upload-part";

type Params = { id: string; number: string };

// PUT /v1/files/{id}/parts/{number} — upload one part's bytes to its signed URL (the signature is the credential)
export const PUT = withPublic<Params>(
  async ({ req, params }) =>
    answeringLinkErrors(async () => {
      const part = await uploadPart(db, {
        fileId: parseId(params.id, "File"),
        number: params.number,
        query: new URL(req.url).searchParams,
        body: req.body,
        contentLength: req.headers.get("content-length"),
      });
      return Response.json(part, { headers: { ETag: `"${part.checksum_etag}"` } });
    }),
  // A 10 GB upload is hundreds of parts from one address; the signature already limits who can send.
  { rateLimit: false },
);
