import type { OAuthPlatformAdapter } from "@/lib/accounts/oauth-platform";
import type { DbTx } from "@/lib/db";
import { enqueueGrantJob } from "@/lib/grants/enqueue-grant-job";

/**
 * The customer connected (or switched) their account of a platform: every grant of theirs that
 * waited for it (`action_required`) goes back to `pending` and is reconciled by the engine, and
 * when the account changed, every delivered grant is re-applied so access moves to the new
 * account. Runs in the caller's transaction; returns the grant ids it queued.
 */
export async function unblockAccountGrants(
  tx: DbTx,
  customerId: string,
  adapter: OAuthPlatformAdapter,
  options: { isSwitch: boolean },
): Promise<string[]> {
  const benefitTypes = adapter.benefitTypes;
  const waiting = await tx.benefitGrant.findMany({
    where: { customerId, status: "action_required", target: "granted", benefit: { type: { in: benefitTypes }, deletedAt: null } },
    select: { id: true, customerId: true, organizationId: true },
  });
  if (waiting.length > 0) {
    await tx.benefitGrant.updateMany({ where: { id: { in: waiting.map((g) => g.id) }, status: "action_required" }, data: { status: "pending" } });
  }
  for (const grant of waiting) await enqueueGrantJob(tx, "grants/grant.reconcile-requested", grant);
  if (!options.isSwitch) return waiting.map((g) => g.id);
  const delivered = await tx.benefitGrant.findMany({
    where: { customerId, status: "granted", target: "granted", benefit: { type: { in: benefitTypes }, deletedAt: null } },
    select: { id: true, customerId: true, organizationId: true },
  });
  for (const grant of delivered) await enqueueGrantJob(tx, "grants/grant.reapply-requested", grant);
  return [...waiting, ...delivered].map((g) => g.id);
}
