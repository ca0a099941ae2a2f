import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db";
import { enqueueGrantJob } from "@/lib/grants/enqueue-grant-job";
import { lockGrantOrThrow } from "@/lib/grants/lock-grant-or-throw";
import { grantSelect } from "@/lib/grants/serialize-grant";
import { notifyRunner } from "@/lib/jobs/notify-runner";

/**
 * A merchant asks for another attempt. A grant short of its target (failed, action required,
 * stuck pending, a revoke that failed) is reconciled again — a failed one shows `pending` until
 * the attempt ends; a delivered grant whose re-application failed is re-applied. A grant where it
 * should be with no error has nothing to retry (400).
 */
export async function retryGrant(db: Db, organizationId: string, id: string) {
  const result = await db.$transaction(async (tx) => {
    const grant = await lockGrantOrThrow(tx, organizationId, id);
    if (grant.status !== grant.target) {
      if (grant.status === "failed" || grant.status === "action_required") {
        await tx.benefitGrant.update({ where: { id: grant.id }, data: { status: "pending" } });
      }
      await enqueueGrantJob(tx, "grants/grant.reconcile-requested", grant);
    } else if (grant.status === "granted" && grant.error !== null) {
      await enqueueGrantJob(tx, "grants/grant.reapply-requested", grant);
    } else {
      throw new ApiError("bad_request", `The grant is already ${grant.status}: there is nothing to retry`);
    }
    return tx.benefitGrant.findUniqueOrThrow({ where: { id: grant.id }, select: grantSelect });
  });
  notifyRunner();
  return result;
}
