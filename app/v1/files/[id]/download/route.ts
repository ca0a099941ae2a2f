import { ApiError } from "@/lib/api/errors";
import { parseId } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { getFileOrThrow } from "@/lib/files/get-file-or-throw";
import { merchantDownloadPath } from "@/lib/files/merchant-download-link";

type Params = { id: string };

async function download({ params, organizationId }: { params: Params; organizationId: string }) {
  const file = await getFileOrThrow(db, organizationId, parseId(params.id, "File"));
  if (!file.isUploaded) throw new ApiError("conflict", "The file's upload is not complete", {}, "not_uploaded");
  // A relative Location: the client resolves it against the URL it called, whatever the proxy in front.
  return new Response(null, { status: 307, headers: { Location: merchantDownloadPath(file.id), "Cache-Control": "no-store" } });
}

// GET /v1/files/{id}/download — the merchant downloads their own file: a redirect to a five-minute
// signed link (Range supported there; not counted as a customer download)
export const GET = withOrg<Params>(download, { permission: "read" });

// HEAD /v1/files/{id}/download — the same redirect
export const HEAD = withOrg<Params>(download, { permission: "read" });
