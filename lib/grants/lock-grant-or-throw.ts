import { ApiError } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";
import { lockGrant } from "@/lib/grants/lock-grant";

/**
 * A merchant action's view of a grant: 404 unless it is this organization's (checked before any
 * lock, so another tenant's rows are never held), then locked like the engine locks it.
 */
export async function lockGrantOrThrow(tx: DbTx, organizationId: string, id: string) {
  const owned = await tx.benefitGrant.findFirst({ where: { id, organizationId }, select: { id: true } });
  const grant = owned ? await lockGrant(tx, id) : null;
  if (!grant) throw ApiError.notFound("Benefit grant");
  return grant;
}
