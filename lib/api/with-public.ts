import { errorResponse } from "@/lib/api/error-response";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { limitPublicRequest } from "@/lib/rate-limit/limit-public-request";

type RouteContext<P> = { params: Promise<P> };
export type PublicHandlerContext<P> = { req: Request; params: P; ip: string };

/**
 * Route wrapper for endpoints anyone may call (the license API apps use on customers' machines):
 * counts the request against the caller's IP (429 `rate_limited` with Retry-After once over the
 * limit) and maps errors. It never reads Authorization: the Polar SDK sends `Bearer undefined`
 * even here, and a public endpoint must answer the same with or without a token.
 */
export function withPublic<P = Record<string, never>>(
  handler: (ctx: PublicHandlerContext<P>) => Promise<Response>,
  options: { rateLimit?: boolean } = {},
) {
  return async (req: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const ip = clientIp(req);
      if (options.rateLimit !== false) await limitPublicRequest(ip);
      const params = context?.params ? await context.params : ({} as P);
      return await handler({ req, params, ip });
    } catch (err) {
      // The client hung up mid-request (an app quit, a load test ended): no one to answer, and
      // not a server error worth logging.
      if (req.signal.aborted) return new Response(null, { status: 499 });
      return errorResponse(err);
    }
  };
}
