import { z } from "zod";
import { startCustomerOAuth } from "@/lib/accounts/start-customer-oauth";
import { parseQuery } from "@/lib/api/parse";
import { withCustomer } from "@/lib/api/with-customer";
import { appBaseUrl } from "@/lib/auth/customer-session-url";
import { db } from "@/lib/db";

const query = z.object({ return_to: z.string().max(500).optional(), organization_id: z.string().optional(), format: z.enum(["json", "redirect"]).optional() });

// GET /v1/customer-portal/oauth-accounts/{platform}/authorize — send the customer to connect an account (302, or {url} with format=json)
export const GET = withCustomer<{ platform: string }>(async ({ req, params, session }) => {
  const q = parseQuery(req, query);
  const url = await startCustomerOAuth(db, session, params.platform, q.return_to, appBaseUrl(req));
  if (q.format === "json") return Response.json({ url });
  return new Response(null, { status: 302, headers: { location: url, "cache-control": "no-store" } });
});
