import { errorResponse } from "@/lib/api/error-response";
import { ApiError } from "@/lib/api/errors";
import { findCustomerSession, type CustomerSessionPrincipal } from "@/lib/auth/customer-session-find";
import { db } from "@/lib/db";
import { organizationIdOfCookie } from "@/lib/portal/portal-cookie";

type RouteContext<P> = { params: Promise<P> };
export type CustomerHandlerContext<P> = { req: Request; params: P; session: CustomerSessionPrincipal };

/**
 * Route wrapper for the customer portal API: the caller is one customer, through a customer
 * session token — `Authorization: Bearer bfr_cst_…` (what the Polar SDK sends when created with
 * the session token) or the portal's sign-in cookie. Handlers scope every query by
 * `session.customerId`.
 */
export function withCustomer<P = Record<string, never>>(handler: (ctx: CustomerHandlerContext<P>) => Promise<Response>) {
  return async (req: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const token = bearerToken(req) ?? cookieToken(req);
      if (!token) throw ApiError.unauthorized("A customer session token is required");
      const session = await findCustomerSession(db, token.value);
      // A cookie named for one organization never authenticates another's customer.
      if (!session || (token.organizationId && token.organizationId !== session.organizationId)) {
        throw ApiError.unauthorized("Invalid or expired customer session token");
      }
      const params = context?.params ? await context.params : ({} as P);
      return await handler({ req, params, session });
    } catch (err) {
      return errorResponse(err);
    }
  };
}

type Token = { value: string; organizationId: string | null };

function bearerToken(req: Request): Token | null {
  const match = req.headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i);
  // The Polar SDK sends "Bearer undefined" when it has no token: that is no token.
  if (!match || match[1] === "undefined" || match[1] === "null") return null;
  return { value: match[1], organizationId: null };
}

/**
 * The portal cookie. A browser signed into several organizations' portals has one per
 * organization: the `Polar-Organization` header (or `organization_id` query) picks one.
 */
function cookieToken(req: Request): Token | null {
  const portalCookies = (req.headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim().split("="))
    .flatMap(([name, ...rest]) => {
      const organizationId = organizationIdOfCookie(name);
      return organizationId ? [{ organizationId, value: safeDecode(rest.join("=")) }] : [];
    });
  const wanted = req.headers.get("polar-organization") ?? new URL(req.url).searchParams.get("organization_id");
  if (wanted) return portalCookies.find((c) => c.organizationId === wanted) ?? null;
  if (portalCookies.length > 1) {
    throw ApiError.unauthorized("Signed into several portals: name the organization with the Polar-Organization header");
  }
  return portalCookies[0] ?? null;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value; // not percent-encoded as we write it: cannot be a token of ours, so lookup fails
  }
}
