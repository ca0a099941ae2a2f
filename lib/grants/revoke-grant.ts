import type { Db } from "@/lib/db";
import { enqueueGrantJob } from "@/lib/grants/enqueue-grant-job";
import { lockGrantOrThrow } from "@/lib/grants/lock-grant-or-throw";
import { grantSelect } from "@/lib/grants/serialize-grant";
import { notifyRunner } from "@/lib/jobs/notify-runner";

/**
 * A merchant takes one grant back: its target becomes `revoked` and the engine does the rest.
 * Revoking a revoked grant changes nothing.
 */
export async function revokeGrant(db: Db, organizationId: string, id: string) {
  const result = await db.$transaction(async (tx) => {
    const grant = await lockGrantOrThrow(tx, organizationId, id);
    if (grant.target !== "revoked") {
      await tx.benefitGrant.update({ where: { id: grant.id }, data: { target: "revoked" } });
    }
    if (grant.target !== "revoked" || grant.status !== "revoked") {
      await enqueueGrantJob(tx, "grants/grant.reconcile-requested", grant);
    }
    return tx.benefitGrant.findUniqueOrThrow({ where: { id: grant.id }, select: grantSelect });
  });
  notifyRunner();
  return result;
}
