/**
 * The app's public base URL: `APP_URL` when set (the dev/start scripts and CI set it), otherwise
 * the host the caller reached (the forwarded host behind a proxy). Not `req.url`'s origin: Next
 * rewrites that to the host it listens on (`localhost`), which another machine cannot open.
 * Trusting the forwarded host is safe here: only the caller who asked receives the link.
 */
export function appBaseUrl(req: Request): string {
  const configured = process.env.APP_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  const url = new URL(req.url);
  const host = firstValue(req.headers.get("x-forwarded-host")) ?? req.headers.get("host") ?? url.host;
  const proto = firstValue(req.headers.get("x-forwarded-proto")) ?? url.protocol.replace(/:$/, "");
  return `${proto}://${host}`;
}

// Proxies in a chain append: "a, b" — the first is what the client used.
function firstValue(header: string | null): string | null {
  return header?.split(",")[0]?.trim() || null;
}

/** Following this link signs the customer into the organization's portal. */
export function customerPortalUrl(baseUrl: string, organizationSlug: string, token: string): string {
  const url = new URL(`${baseUrl}/portal/${encodeURIComponent(organizationSlug)}`);
  url.searchParams.set("customer_session_token", token);
  return url.toString();
}
