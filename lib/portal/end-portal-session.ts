import type { DbTx } from "@/lib/db";

/**
 * Signing out ends the session itself, not only the browser's cookie: the link it came from (in
 * an email, a browser history) stops working too.
 */
export async function endPortalSession(db: DbTx, sessionId: string): Promise<void> {
  await db.customerSession.deleteMany({ where: { id: sessionId } });
}
