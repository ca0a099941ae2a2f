import { startCustomerOAuth } from "@/lib/accounts/start-customer-oauth";
import { errorResponse } from "@/lib/api/error-response";
import { ApiError } from "@/lib/api/errors";
import { appBaseUrl } from "@/lib/auth/customer-session-url";
import { db } from "@/lib/db";
import { currentPortalSession } from "@/lib/portal/current-portal-session";

type Context = { params: Promise<{ org: string; platform: string }> };

// GET /portal/{org}/accounts/connect/{platform} — the portal's "Connect" link: the signed-in customer (this portal's cookie) goes to the platform
export async function GET(req: Request, context: Context): Promise<Response> {
  try {
    const { org: slug, platform } = await context.params;
    const session = await currentPortalSession(slug);
    if (!session) throw ApiError.unauthorized("Sign in to the portal first");
    const returnTo = new URL(req.url).searchParams.get("return_to") ?? undefined;
    const url = await startCustomerOAuth(db, { customerId: session.customer.id, organizationId: session.organization.id }, platform, returnTo, appBaseUrl(req));
    return new Response(null, { status: 302, headers: { location: url, "cache-control": "no-store" } });
  } catch (err) {
    return errorResponse(err);
  }
}
