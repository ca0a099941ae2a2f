import type { DbTx } from "@/lib/db";
import type { MembershipRole } from "@/lib/generated/prisma/client";

/**
 * Locks, until the transaction ends, every owner membership of the organization plus the
 * memberships of `userIds`, then reads them again. Every change that can remove an owner takes
 * these locks first, so two of them (say two owners demoting each other) run one after the other
 * and the second sees the first's result: the last owner can never be demoted or removed.
 * Rows are locked in user-id order, so concurrent callers cannot deadlock on each other.
 */
export async function lockMemberships(tx: DbTx, organizationId: string, userIds: string[]) {
  await tx.$queryRaw`
    SELECT user_id FROM memberships
    WHERE organization_id = ${organizationId}::uuid
      AND (role = 'owner' OR user_id = ANY(${userIds}::uuid[]))
    ORDER BY user_id
    FOR UPDATE`;
  // A fresh statement after the locks are held sees everything committed while we waited.
  const rows = await tx.membership.findMany({
    where: { organizationId, OR: [{ role: "owner" }, { userId: { in: userIds } }] },
    select: { userId: true, role: true },
  });
  return {
    ownerCount: rows.filter((r) => r.role === "owner").length,
    roleOf: (userId: string): MembershipRole | null => rows.find((r) => r.userId === userId)?.role ?? null,
  };
}
