import { NextResponse, type NextRequest } from "next/server";
import { db } from "@/lib/db";
import { getPortalSession } from "@/lib/portal/get-portal-session";
import { portalCookieName, portalCookieOptions } from "@/lib/portal/portal-cookie";

type Params = { org: string };

// GET /portal/{org}/session — trade a portal link's token for the portal's sign-in cookie
export async function GET(req: NextRequest, { params }: { params: Promise<Params> }) {
  const { org: slug } = await params;
  const token = req.nextUrl.searchParams.get("customer_session_token") ?? undefined;
  const session = await getPortalSession(db, slug, token);
  // A relative Location: Next reports its own listening host in req.url, not the one the browser
  // used, and the cookie must land on the host the customer is on. Without a live session the
  // portal page explains that the link has expired (or shows an older session still signed in).
  const res = new NextResponse(null, { status: 303, headers: { location: `/portal/${encodeURIComponent(slug)}` } });
  if (session && token) {
    const isHttps = (req.headers.get("x-forwarded-proto") ?? req.nextUrl.protocol.replace(/:$/, "")).startsWith("https");
    res.cookies.set(portalCookieName(session.organization.id), token, portalCookieOptions(session.expiresAt, isHttps));
  }
  res.headers.set("cache-control", "no-store");
  res.headers.set("referrer-policy", "no-referrer");
  return res;
}
