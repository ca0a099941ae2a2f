import { findCustomerSession } from "@/lib/auth/customer-session-find";
import type { DbTx } from "@/lib/db";

export type PortalSession = {
  sessionId: string;
  expiresAt: Date;
  returnUrl: string | null;
  organization: { id: string; name: string; slug: string };
  customer: { id: string; name: string | null; email: string };
};

/**
 * The portal session a token opens in the portal of the organization with this slug, or null:
 * a token that is unknown, expired, of a deleted customer, or of another organization's customer
 * opens nothing here.
 */
export async function getPortalSession(db: DbTx, organizationSlug: string, token: string | undefined): Promise<PortalSession | null> {
  if (!token) return null;
  const session = await findCustomerSession(db, token);
  if (!session) return null;
  // Scoped by the slug: another organization's customer is no one here.
  const customer = await db.customer.findFirst({
    where: { id: session.customerId, organization: { slug: organizationSlug } },
    select: { id: true, name: true, email: true, organization: { select: { id: true, name: true, slug: true } } },
  });
  if (!customer) return null;
  const { organization, ...person } = customer;
  return { sessionId: session.sessionId, expiresAt: session.expiresAt, returnUrl: session.returnUrl, organization, customer: person };
}
