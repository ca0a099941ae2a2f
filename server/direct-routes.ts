import { POST as activate } from "@/app/v1/customer-portal/license-keys/activate/route";
import { POST as deactivate } from "@/app/v1/customer-portal/license-keys/deactivate/route";
import { POST as token } from "@/app/v1/customer-portal/license-keys/token/route";
import { POST as validate } from "@/app/v1/customer-portal/license-keys/validate/route";
import { GET as merchantDownload, HEAD as merchantDownloadHead } from "@/app/v1/files/[id]/content/route";
import { PUT as uploadPart } from "@/app/v1/files/[id]/parts/[number]/route";
import { GET as linkDownload, HEAD as linkDownloadHead } from "@/app/v1/files/downloads/[token]/route";

// Each app/ route handler has its own params type; the adapter passes what the pattern matched.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type WebHandler = (req: Request, context: { params: Promise<any> }) => Promise<Response>;

/** `stream`: the request body (an upload part) and the response body (a file) are streamed, not buffered. */
export type DirectRoute = { handler: WebHandler; params: Record<string, string>; stream: boolean };

type Entry = { method: string; pattern: RegExp; names: string[]; handler: WebHandler; stream: boolean };

const segment = "([^/]+)";
function route(method: string, path: string, handler: WebHandler, stream = false): Entry {
  const names: string[] = [];
  const pattern = new RegExp(`^${path.replace(/:(\w+)/g, (_, name: string) => (names.push(name), segment))}$`);
  return { method, pattern, names, handler, stream };
}

/**
 * The routes the production server answers straight from node:http: the public license API that
 * apps call on every launch, and the file transfers (gigabytes of parts and downloads). These are
 * the very route handlers in app/ — same parsing, limits, checks and answers — without Next's
 * request pipeline, which costs more than a whole license check and throttles a download to a
 * fraction of the disk's speed (bench/license-validate, bench/files). `next dev` keeps serving
 * them through Next. Only routes that need no Next request context belong here: a route that
 * reads the session (auth(), cookies()) must stay with Next: the merchant's own download checks it
 * there and redirects to a signed link served here.
 */
const routes: Entry[] = [
  route("POST", "/v1/customer-portal/license-keys/validate", validate),
  route("POST", "/v1/customer-portal/license-keys/activate", activate),
  route("POST", "/v1/customer-portal/license-keys/deactivate", deactivate),
  route("POST", "/v1/customer-portal/license-keys/token", token),
  route("PUT", "/v1/files/:id/parts/:number", uploadPart, true),
  route("GET", "/v1/files/downloads/:token", linkDownload, true),
  route("HEAD", "/v1/files/downloads/:token", linkDownloadHead, true),
  route("GET", "/v1/files/:id/content", merchantDownload, true),
  route("HEAD", "/v1/files/:id/content", merchantDownloadHead, true),
];

/** The route for this request (with or without the trailing slash the Polar SDK sends), if it is direct. */
export function directRoute(method: string | undefined, pathname: string): DirectRoute | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  for (const entry of routes) {
    if (entry.method !== method) continue;
    const match = entry.pattern.exec(path);
    if (!match) continue;
    const params = decodeParams(entry.names, match);
    // A malformed escape: Next answers it as it would any other unknown path.
    return params && { handler: entry.handler, params, stream: entry.stream };
  }
  return undefined;
}

function decodeParams(names: string[], match: RegExpExecArray): Record<string, string> | undefined {
  try {
    return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
  } catch {
    return undefined;
  }
}
