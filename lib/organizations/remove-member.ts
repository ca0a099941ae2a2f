import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db";
import { refusalError, type MemberActor } from "@/lib/organizations/change-member-role";
import { lockMemberships } from "@/lib/organizations/lock-memberships";
import { removeMemberInput, type RemoveMemberInput } from "@/lib/organizations/member-input";
import { memberChangeRefusal } from "@/lib/organizations/member-rules";

/**
 * Removes a member, or lets the actor leave (any role may leave). Owners and admins remove
 * others; only owners remove owners; the last owner stays, checked under lock.
 */
export async function removeMember(db: Db, actor: MemberActor, input: RemoveMemberInput) {
  const { userId } = removeMemberInput.parse(input);
  const isSelf = userId === actor.userId;
  return db.$transaction(async (tx) => {
    const memberships = await lockMemberships(tx, actor.organizationId, [actor.userId, userId]);
    const actorRole = memberships.roleOf(actor.userId);
    if (!actorRole) throw ApiError.forbidden("You are no longer a member of this organization");
    const role = memberships.roleOf(userId);
    if (!role) throw ApiError.notFound("Member");
    const refusal = memberChangeRefusal(actorRole, { kind: "remove", role, isSelf }, memberships.ownerCount);
    if (refusal) throw refusalError(refusal);
    await tx.membership.delete({ where: { organizationId_userId: { organizationId: actor.organizationId, userId } } });
    return { userId, isSelf };
  });
}
