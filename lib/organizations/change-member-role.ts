import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db";
import { lockMemberships } from "@/lib/organizations/lock-memberships";
import { changeMemberRoleInput, type ChangeMemberRoleInput } from "@/lib/organizations/member-input";
import { memberChangeRefusal, type Refusal } from "@/lib/organizations/member-rules";

export type MemberActor = { organizationId: string; userId: string };

/** The error a refused member change raises: a permission problem, or the last-owner rule. */
export function refusalError(refusal: Refusal): ApiError {
  return refusal.reason === "forbidden" ? ApiError.forbidden(refusal.message) : new ApiError("bad_request", refusal.message);
}

/**
 * Gives a member another role. The actor's own role and the owner count are read under lock,
 * never taken from the caller, so a concurrent demotion cannot leave the organization ownerless.
 */
export async function changeMemberRole(db: Db, actor: MemberActor, input: ChangeMemberRoleInput) {
  const { userId, role } = changeMemberRoleInput.parse(input);
  return db.$transaction(async (tx) => {
    const memberships = await lockMemberships(tx, actor.organizationId, [actor.userId, userId]);
    const actorRole = memberships.roleOf(actor.userId);
    if (!actorRole) throw ApiError.forbidden("You are no longer a member of this organization");
    const from = memberships.roleOf(userId);
    if (!from) throw ApiError.notFound("Member");
    const refusal = memberChangeRefusal(actorRole, { kind: "change", from, to: role }, memberships.ownerCount);
    if (refusal) throw refusalError(refusal);
    if (from !== role) {
      await tx.membership.update({
        where: { organizationId_userId: { organizationId: actor.organizationId, userId } },
        data: { role },
      });
    }
    return { userId, role, previousRole: from };
  });
}
