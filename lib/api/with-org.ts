import { errorResponse } from "@/lib/api/error-response";
import { ApiError } from "@/lib/api/errors";
import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { can, type Permission, type Principal } from "@/lib/auth/permissions";

type RouteContext<P> = { params: Promise<P> };
export type OrgHandlerContext<P> = { req: Request; params: P; principal: Principal; organizationId: string };

/** Route wrapper for the merchant API: authenticates, checks one permission, maps errors. */
export function withOrg<P = Record<string, never>>(
  handler: (ctx: OrgHandlerContext<P>) => Promise<Response>,
  options: { permission: Permission },
) {
  return async (req: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const principal = await authenticateRequest(req);
      if (!can(principal, options.permission)) throw ApiError.forbidden();
      const params = context?.params ? await context.params : ({} as P);
      return await handler({ req, params, principal, organizationId: principal.organizationId });
    } catch (err) {
      return errorResponse(err);
    }
  };
}
