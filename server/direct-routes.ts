import { POST as activate } from "@/app/v1/customer-portal/license-keys/activate/route";
import { POST as deactivate } from "@/app/v1/customer-portal/license-keys/deactivate/route";
import { POST as token } from "@/app/v1/customer-portal/license-keys/token/route";
import { POST as validate } from "@/app/v1/customer-portal/license-keys/validate/route";

export type WebHandler = (req: Request, context: { params: Promise<Record<string, never>> }) => Promise<Response>;

/**
 * The public license API that apps call on every launch, served by the production server
 * straight from node:http. These are the very route handlers in app/ — same parsing, limits,
 * SQL and answers — without Next's request pipeline, which alone costs more than the whole
 * check (bench/license-validate). `next dev` keeps serving them through Next.
 */
const routes = new Map<string, WebHandler>([
  ["/v1/customer-portal/license-keys/validate", validate],
  ["/v1/customer-portal/license-keys/activate", activate],
  ["/v1/customer-portal/license-keys/deactivate", deactivate],
  ["/v1/customer-portal/license-keys/token", token],
]);

/** The handler for a POST to this path (with or without the trailing slash the Polar SDK sends). */
export function directRoute(method: string | undefined, pathname: string): WebHandler | undefined {
  if (method !== "POST") return undefined;
  return routes.get(pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname);
}
