import { NextResponse, type NextRequest } from "next/server";

// The Polar SDK calls collections with a trailing slash (/v1/benefits/). Routes are declared
// without it, so rewrite (not redirect: a 308 would make clients re-send bodies) to one form.
export function proxy(req: NextRequest) {
  const { pathname } = req.nextUrl;
  if (pathname.length > 1 && pathname.endsWith("/")) {
    const url = req.nextUrl.clone();
    url.pathname = pathname.replace(/\/+$/, "");
    return NextResponse.rewrite(url);
  }
  return NextResponse.next();
}

// Matching only paths that end in "/" would keep the proxy off the license-check hot path (about
// 18% of validate's throughput under next start), but next dev then answers those paths with an
// empty 200 instead of the route: keep matching all of /v1 — except file part uploads: Next
// buffers a request body in memory for the proxy and cuts it at 10 MB, so a 16 MiB part would
// arrive truncated (and every upload would sit in memory). Part URLs never end in "/".
export const config = { matcher: ["/v1/((?!files/[^/]+/parts/).*)"] };
