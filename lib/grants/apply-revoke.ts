import { benefitTypeDefinition } from "@/lib/benefits/registry";
import type { DbTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ApplyOutcome } from "@/lib/grants/apply-grant";
import { strategyContext, type LockedGrant } from "@/lib/grants/lock-grant";
import { recordGrantFailure } from "@/lib/grants/record-grant-failure";
import { runStrategyStep } from "@/lib/grants/run-strategy-step";
import { updateGrantAndEmit } from "@/lib/grants/update-grant-and-emit";

/**
 * Takes back what a locked grant delivered, in the caller's transaction. Only a granted grant
 * delivered anything (a failed strategy's writes were rolled back), so the others just close.
 * Something shared across purchases (isExternal) stays while another of the customer's grants of
 * the same benefit still holds it. A failed revoke keeps the grant `granted` — the customer still
 * has the benefit — with the error on it, so the state never claims a revoke that did not happen.
 */
export async function applyRevoke(tx: DbTx, grant: LockedGrant): Promise<ApplyOutcome> {
  const wasGranted = grant.status === "granted";
  const strategy = benefitTypeDefinition(grant.benefit.type).strategy;
  if (wasGranted && !(strategy.isExternal && (await isHeldElsewhere(tx, grant)))) {
    const result = await runStrategyStep(tx, () => strategy.revoke(strategyContext(tx, grant)));
    if (!result.ok) {
      const status = await recordGrantFailure(tx, grant, result, "keep");
      return { status, retry: result.kind === "retryable" ? result : undefined };
    }
  }
  // Receivers heard of a delivered or failed grant; a pending one was never announced.
  const event = wasGranted ? "benefit_grant.revoked" : grant.status !== "pending" ? "benefit_grant.updated" : null;
  // `properties` stays: it records what this grant had delivered.
  await updateGrantAndEmit(tx, grant, { status: "revoked", revokedAt: new Date(), error: Prisma.DbNull }, event);
  return { status: "revoked" };
}

/** Another purchase of this customer holds the same benefit and means to keep it. */
async function isHeldElsewhere(tx: DbTx, grant: LockedGrant): Promise<boolean> {
  const other = await tx.benefitGrant.findFirst({
    where: {
      customerId: grant.customerId,
      benefitId: grant.benefitId,
      id: { not: grant.id },
      status: "granted",
      target: "granted",
    },
    select: { id: true },
  });
  return other !== null;
}
