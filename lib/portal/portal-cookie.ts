/**
 * The portal's sign-in cookie: one per organization, named after its id, so signing into one
 * merchant's portal never signs a browser out of another's. Its value is the session token;
 * every lookup still checks that the session's customer belongs to the organization asking.
 */
export const PORTAL_COOKIE_PREFIX = "bfr_portal_";

export function portalCookieName(organizationId: string): string {
  return `${PORTAL_COOKIE_PREFIX}${organizationId}`;
}

/** The organization id a portal cookie name is for, or null for any other cookie. */
export function organizationIdOfCookie(name: string): string | null {
  return name.startsWith(PORTAL_COOKIE_PREFIX) ? name.slice(PORTAL_COOKIE_PREFIX.length) : null;
}

/**
 * httpOnly (scripts never see the token), SameSite=Lax (sent when the customer follows a link
 * here, not on cross-site posts), Secure over https, and gone when the session expires. Path "/"
 * so the portal API under /v1/customer-portal/ reads it too.
 */
export function portalCookieOptions(expiresAt: Date, isHttps: boolean) {
  return { httpOnly: true, sameSite: "lax" as const, secure: isHttps, path: "/", expires: expiresAt };
}
