import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import { findPortalOrganization } from "@/lib/portal/find-portal-organization";
import { getPortalSession, type PortalSession } from "@/lib/portal/get-portal-session";
import { portalCookieName } from "@/lib/portal/portal-cookie";

/**
 * For portal pages and actions: the customer signed into this organization's portal by its
 * cookie (deduplicated per request), or null.
 */
export const currentPortalSession = cache(async (organizationSlug: string): Promise<PortalSession | null> => {
  const org = await findPortalOrganization(db, organizationSlug);
  if (!org) return null;
  const token = (await cookies()).get(portalCookieName(org.id))?.value;
  return getPortalSession(db, organizationSlug, token);
});
