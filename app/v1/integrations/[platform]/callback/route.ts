import { z } from "zod";
import { finishCustomerOAuth } from "@/lib/accounts/finish-customer-oauth";
import { parseQuery } from "@/lib/api/parse";
import { withPublic } from "@/lib/api/with-public";
import { appBaseUrl } from "@/lib/auth/customer-session-url";
import { db } from "@/lib/db";

const query = z.object({
  code: z.string().max(500).optional(),
  state: z.string().max(2000).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(1000).optional(),
});

// GET /v1/integrations/{platform}/callback — the platform's OAuth redirect: store the customer's account, release waiting grants, back to the portal
export const GET = withPublic<{ platform: string }>(async ({ req, params }) => {
  const location = await finishCustomerOAuth(db, params.platform, parseQuery(req, query), appBaseUrl(req));
  return new Response(null, { status: 302, headers: { location, "cache-control": "no-store" } });
});
