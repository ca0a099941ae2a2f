import { withPublic } from "@/lib/api/with-public";
import { db } from "@/lib/db";
import { downloadMerchantFile } from "@/lib/files/download-merchant-file";
import { answeringLinkErrors } from "@/lib/files/link-error";

type Params = { id: string };

const download = withPublic<Params>(
  async ({ req, params }) => answeringLinkErrors(() => downloadMerchantFile(db, req, params.id)),
  // The signed link is the credential and the limit.
  { rateLimit: false },
);

// GET /v1/files/{id}/content?expires&signature — the merchant's signed download link (Range supported)
export const GET = download;

// HEAD /v1/files/{id}/content — the same checks and headers, no body
export const HEAD = download;
