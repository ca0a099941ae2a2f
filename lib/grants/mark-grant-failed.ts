import type { Db } from "@/lib/db";
import { GRANT_TX_OPTIONS, lockGrant } from "@/lib/grants/lock-grant";
import { recordGrantFailure } from "@/lib/grants/record-grant-failure";
import { PermanentJobError } from "@/lib/jobs/job-errors";

/**
 * The job engine's last word on a grant job whose retries ran out (or that crashed on something
 * unexpected): the message is stored on the grant. A grant that was being delivered becomes
 * `failed`; one that still holds its benefit (a revoke, re-application or renewal that failed)
 * stays `granted` with the error, since the customer still has it.
 */
export async function markGrantFailed(db: Db, grantId: string, message: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const grant = await lockGrant(tx, grantId);
    if (!grant) return;
    const cause = new PermanentJobError(message);
    const error = { message, type: "JobFailedError", timestamp: new Date().toISOString() };
    const isDelivering = grant.target === "granted" && grant.status !== "granted";
    // Taken back since: the failure is history.
    if (grant.status === "revoked" && grant.target === "revoked") return;
    await recordGrantFailure(tx, grant, { ok: false, kind: "permanent", error, cause }, isDelivering ? "fail" : "keep");
  }, GRANT_TX_OPTIONS);
}
