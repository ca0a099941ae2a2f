import type { Db } from "@/lib/db";
import { enqueueGrantJob } from "@/lib/grants/enqueue-grant-job";
import { GRANT_TX_OPTIONS, lockGrants } from "@/lib/grants/lock-grant";
import { reapplyLockedGrant } from "@/lib/grants/reapply-grant";
import { customerKey, enqueue } from "@/lib/jobs/enqueue";

/**
 * Re-applies a batch of one benefit's grants in one transaction: the same work as reapplyGrant
 * for each, but a fan-out to 10,000 grants pays for 200 transactions and jobs, not 10,000. A grant
 * whose provider failed transiently gets its own reapply job (retried with backoff on its own), so
 * one slow customer never holds back the other 49. Returns how many grants now hold the new
 * configuration.
 */
export async function reapplyGrantBatch(db: Db, grantIds: string[]): Promise<number> {
  return db.$transaction(async (tx) => {
    let reapplied = 0;
    for (const grant of await lockGrants(tx, grantIds)) {
      const outcome = await reapplyLockedGrant(tx, grant);
      if (outcome.retry) await enqueueGrantJob(tx, "grants/grant.reapply-requested", grant);
      else if (outcome.status === "granted") reapplied++;
    }
    return reapplied;
  }, GRANT_TX_OPTIONS);
}

/**
 * A batch that can never finish (its retries ran out) becomes one job per grant, so each grant
 * gets its own attempts and, if it fails for good, its own `failed` state and error.
 */
export async function splitReapplyBatch(db: Db, grantIds: string[]): Promise<void> {
  await db.$transaction(async (tx) => {
    const grants = await tx.benefitGrant.findMany({
      where: { id: { in: grantIds } },
      select: { id: true, customerId: true, organizationId: true },
    });
    await enqueue(
      tx,
      grants.map((g) => ({
        name: "grants/grant.reapply-requested" as const,
        data: { grantId: g.id, customerId: g.customerId },
        organizationId: g.organizationId,
        concurrencyKey: customerKey(g.customerId),
      })),
    );
  });
}
