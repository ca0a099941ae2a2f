import type { Db } from "@/lib/db";
import type { GrantStatus } from "@/lib/generated/prisma/client";
import { applyGrant, type ApplyOutcome } from "@/lib/grants/apply-grant";
import { applyRevoke } from "@/lib/grants/apply-revoke";
import { GRANT_TX_OPTIONS, lockGrant } from "@/lib/grants/lock-grant";

/**
 * Moves one grant to its target — delivered (`granted`) or taken back (`revoked`) — and is a
 * no-op when it is already there, so the job can run any number of times. A permanent failure is
 * stored on the grant (`failed` / `action_required`) and the job ends normally: there is nothing
 * left to retry. A transient one is stored for visibility and rethrown after commit, so the job
 * engine retries. Returns the grant's status afterwards, null when the grant does not exist.
 */
export async function reconcileGrant(db: Db, grantId: string): Promise<GrantStatus | null> {
  const outcome = await db.$transaction(async (tx): Promise<ApplyOutcome | null> => {
    const grant = await lockGrant(tx, grantId);
    if (!grant) return null;
    if (grant.target === "granted" && grant.benefit.deletedAt) {
      // A purchase that raced the benefit's deletion: a deleted benefit is never delivered.
      await tx.benefitGrant.update({ where: { id: grant.id }, data: { target: "revoked" } });
      grant.target = "revoked";
    }
    if (grant.target === "granted") return grant.status === "granted" ? { status: "granted" } : applyGrant(tx, grant);
    return grant.status === "revoked" ? { status: "revoked" } : applyRevoke(tx, grant);
  }, GRANT_TX_OPTIONS);
  if (outcome?.retry) throw outcome.retry.cause;
  return outcome?.status ?? null;
}
