import { benefitTypeDefinition } from "@/lib/benefits/registry";
import type { Db, DbTx } from "@/lib/db";
import { Prisma, type GrantStatus } from "@/lib/generated/prisma/client";
import type { ApplyOutcome } from "@/lib/grants/apply-grant";
import { GRANT_TX_OPTIONS, lockGrant, strategyContext, type LockedGrant } from "@/lib/grants/lock-grant";
import { recordGrantFailure } from "@/lib/grants/record-grant-failure";
import { runStrategyStep } from "@/lib/grants/run-strategy-step";
import { updateGrantAndEmit } from "@/lib/grants/update-grant-and-emit";

/**
 * The benefit's properties changed: take back what the grant delivered (its stored properties)
 * and deliver the new configuration, then announce `benefit_grant.updated` with
 * `previous_properties`. Only a delivered grant that stays delivered holds an old configuration;
 * any other grant gets the current one when it is reconciled, so this is a no-op for it.
 * A failure rolls both steps back: the grant stays granted with what it had, and the error.
 */
export async function reapplyGrant(db: Db, grantId: string): Promise<GrantStatus | null> {
  const outcome = await db.$transaction(async (tx): Promise<ApplyOutcome | null> => {
    const grant = await lockGrant(tx, grantId);
    return grant ? reapplyLockedGrant(tx, grant) : null;
  }, GRANT_TX_OPTIONS);
  if (outcome?.retry) throw outcome.retry.cause;
  return outcome?.status ?? null;
}

/** reapplyGrant's work on a grant the caller has locked (with its customer), in its transaction. */
export async function reapplyLockedGrant(tx: DbTx, grant: LockedGrant): Promise<ApplyOutcome> {
  if (grant.status !== "granted" || grant.target !== "granted" || grant.benefit.deletedAt) return { status: grant.status };
  const strategy = benefitTypeDefinition(grant.benefit.type).strategy;
  const ctx = strategyContext(tx, grant);
  const result = await runStrategyStep(tx, async () => {
    if (strategy.reapply) return strategy.reapply(ctx);
    await strategy.revoke(ctx);
    return strategy.grant(ctx);
  });
  if (!result.ok) {
    const status = await recordGrantFailure(tx, grant, result, "keep");
    return { status, retry: result.kind === "retryable" ? result : undefined };
  }
  await updateGrantAndEmit(
    tx,
    grant,
    { properties: result.value.properties as Prisma.InputJsonObject, error: Prisma.DbNull },
    "benefit_grant.updated",
    { previous_properties: ctx.grant.properties },
  );
  return { status: "granted" };
}
