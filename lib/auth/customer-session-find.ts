import { hashToken } from "@/lib/auth/access-tokens";
import { isCustomerSessionToken } from "@/lib/auth/customer-session-token";
import type { DbTx } from "@/lib/db";

/** Who a live customer session token speaks for. */
export type CustomerSessionPrincipal = {
  sessionId: string;
  customerId: string;
  organizationId: string;
  expiresAt: Date;
  returnUrl: string | null;
};

/**
 * The live session for a token, or null: unknown, expired, or its customer deleted since (a
 * deleted customer's links stop working at once, not when they expire).
 */
export async function findCustomerSession(db: DbTx, token: string): Promise<CustomerSessionPrincipal | null> {
  if (!isCustomerSessionToken(token)) return null;
  const row = await db.customerSession.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      customerId: true,
      expiresAt: true,
      returnUrl: true,
      customer: { select: { organizationId: true, deletedAt: true } },
    },
  });
  if (!row || row.customer.deletedAt || row.expiresAt.getTime() <= Date.now()) return null;
  return {
    sessionId: row.id,
    customerId: row.customerId,
    organizationId: row.customer.organizationId,
    expiresAt: row.expiresAt,
    returnUrl: row.returnUrl,
  };
}
