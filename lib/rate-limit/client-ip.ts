/**
 * The client address a request came from, for per-IP limits. Route handlers do not see the socket;
 * the Next server passes it on as `x-forwarded-for` when the request has none, and a reverse
 * proxy (nginx, Vercel, a load balancer) appends or sets the address it saw. So the right-most
 * entry is the one closest to us that a client cannot choose — as long as the app runs behind a
 * proxy that sets the header. Exposed directly, a client could send its own header and pick its
 * bucket; deploy behind a proxy (the README says so).
 */
export function clientIp(req: Request): string {
  const forwarded = req.headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  if (last) return normalize(last);
  return req.headers.get("x-real-ip")?.trim() || "unknown";
}

// An IPv4 client on a dual-stack socket shows up as ::ffff:1.2.3.4: one client, one bucket.
function normalize(ip: string): string {
  return ip.startsWith("::ffff:") && ip.includes(".") ? ip.slice(7) : ip;
}
