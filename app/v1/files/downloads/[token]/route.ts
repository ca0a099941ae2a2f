import { withPublic } from "@/lib/api/with-public";
import { db } from "@/lib/db";
import { downloadWithToken } from "@/lib/files/download-with-token";
import { answeringLinkErrors } from "@/lib/files/link-error";

type Params = { token: string };

const download = withPublic<Params>(
  async ({ req, params }) => answeringLinkErrors(() => downloadWithToken(db, req, params.token)),
  // Resumable downloads send many Range requests; the signed link is the limit.
  { rateLimit: false },
);

// GET /v1/files/downloads/{token} — a customer's signed, time-limited download link (Range supported)
export const GET = download;

// HEAD /v1/files/downloads/{token} — the same checks and headers, no body, not counted
export const HEAD = download;
