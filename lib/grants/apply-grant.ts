import { benefitTypeDefinition } from "@/lib/benefits/registry";
import type { DbTx } from "@/lib/db";
import { Prisma, type GrantStatus } from "@/lib/generated/prisma/client";
import { strategyContext, type LockedGrant } from "@/lib/grants/lock-grant";
import { recordGrantFailure } from "@/lib/grants/record-grant-failure";
import { runStrategyStep, type StepFailure } from "@/lib/grants/run-strategy-step";
import { updateGrantAndEmit } from "@/lib/grants/update-grant-and-emit";

export type ApplyOutcome = { status: GrantStatus; retry?: StepFailure };

/**
 * Delivers the benefit for a locked grant that is not granted yet, in the caller's transaction.
 * Success stores what the strategy did and announces `benefit_grant.created` the first time a
 * grant is delivered, `benefit_grant.updated` on a re-grant. A permanent failure leaves the grant
 * `failed` (or `action_required`) with its error.
 */
export async function applyGrant(tx: DbTx, grant: LockedGrant): Promise<ApplyOutcome> {
  const strategy = benefitTypeDefinition(grant.benefit.type).strategy;
  const result = await runStrategyStep(tx, () => strategy.grant(strategyContext(tx, grant)));
  if (!result.ok) {
    const status = await recordGrantFailure(tx, grant, result, "fail");
    return { status, retry: result.kind === "retryable" ? result : undefined };
  }
  const isFirstDelivery = grant.grantedAt === null;
  await updateGrantAndEmit(
    tx,
    grant,
    {
      status: "granted",
      grantedAt: new Date(),
      revokedAt: null,
      error: Prisma.DbNull,
      properties: result.value.properties as Prisma.InputJsonObject,
    },
    isFirstDelivery ? "benefit_grant.created" : "benefit_grant.updated",
  );
  return { status: "granted" };
}
