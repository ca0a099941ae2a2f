import { ApiError } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";
import { refusalError, type MemberActor } from "@/lib/organizations/change-member-role";
import { inviteMemberInput, type InviteMemberInput } from "@/lib/organizations/member-input";
import { memberChangeRefusal } from "@/lib/organizations/member-rules";

const emailError = (msg: string, type: string) => ApiError.invalid(["body", "email"], msg, type);

/**
 * Adds an existing Benefactor user to the organization with a role. There are no email
 * invitations: someone without an account is told to sign up first.
 */
export async function addMember(db: DbTx, actor: MemberActor, input: InviteMemberInput) {
  const { email, role } = inviteMemberInput.parse(input);
  const actorMembership = await db.membership.findUnique({
    where: { organizationId_userId: { organizationId: actor.organizationId, userId: actor.userId } },
    select: { role: true },
  });
  if (!actorMembership) throw ApiError.forbidden("You are no longer a member of this organization");
  // Adding never removes an owner, so no lock: the owner count does not matter here.
  const refusal = memberChangeRefusal(actorMembership.role, { kind: "invite", role }, Infinity);
  if (refusal) throw refusalError(refusal);

  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true } });
  if (!user) throw emailError("No Benefactor account uses this email; ask them to sign up first", "user_not_found");
  const alreadyMember = () => emailError(`${user.email} is already a member of this organization`, "already_member");
  const existing = await db.membership.findUnique({
    where: { organizationId_userId: { organizationId: actor.organizationId, userId: user.id } },
    select: { role: true },
  });
  if (existing) throw alreadyMember();
  try {
    await db.membership.create({ data: { organizationId: actor.organizationId, userId: user.id, role } });
  } catch (err) {
    // Two invitations of one person at once: the primary key lets one through.
    if (typeof err === "object" && err !== null && "code" in err && err.code === "P2002") throw alreadyMember();
    throw err;
  }
  return { ...user, role };
}
