import { benefitTypeDefinition } from "@/lib/benefits/registry";
import type { Db } from "@/lib/db";
import { Prisma, type GrantStatus } from "@/lib/generated/prisma/client";
import type { ApplyOutcome } from "@/lib/grants/apply-grant";
import { GRANT_TX_OPTIONS, lockGrant, strategyContext } from "@/lib/grants/lock-grant";
import { recordGrantFailure } from "@/lib/grants/record-grant-failure";
import { runStrategyStep } from "@/lib/grants/run-strategy-step";
import { updateGrantAndEmit } from "@/lib/grants/update-grant-and-emit";

/**
 * A subscription renewed: let the strategy renew the grant (types without a `cycle` have nothing
 * to do) and announce `benefit_grant.cycled`. Grants that are not delivered and meant to stay so
 * are left alone. A failure keeps the grant as it was, with the error on it.
 */
export async function cycleGrant(db: Db, grantId: string): Promise<GrantStatus | null> {
  const outcome = await db.$transaction(async (tx): Promise<ApplyOutcome | null> => {
    const grant = await lockGrant(tx, grantId);
    if (!grant) return null;
    if (grant.status !== "granted" || grant.target !== "granted") return { status: grant.status };
    const cycle = benefitTypeDefinition(grant.benefit.type).strategy.cycle;
    const ctx = strategyContext(tx, grant);
    const result = cycle ? await runStrategyStep(tx, () => cycle(ctx)) : { ok: true as const, value: undefined };
    if (!result.ok) {
      const status = await recordGrantFailure(tx, grant, result, "keep");
      return { status, retry: result.kind === "retryable" ? result : undefined };
    }
    const properties = result.value ? { properties: result.value.properties as Prisma.InputJsonObject } : {};
    await updateGrantAndEmit(tx, grant, { error: Prisma.DbNull, ...properties }, "benefit_grant.cycled");
    return { status: "granted" };
  }, GRANT_TX_OPTIONS);
  if (outcome?.retry) throw outcome.retry.cause;
  return outcome?.status ?? null;
}
