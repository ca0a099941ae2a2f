"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/api/action-result";
import { requireOrgAction } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { addMember } from "@/lib/organizations/add-member";
import { changeMemberRole } from "@/lib/organizations/change-member-role";
import type { ChangeMemberRoleInput, InviteMemberInput, RemoveMemberInput } from "@/lib/organizations/member-input";
import { removeMember } from "@/lib/organizations/remove-member";

const membersPath = (slug: string) => `/dashboard/${slug}/settings/members`;

// /dashboard/[org]/settings/members — add an existing user.
export async function inviteMemberAction(slug: string, input: InviteMemberInput): Promise<ActionResult<{ email: string; role: string }>> {
  return runAction(async () => {
    const { org, user } = await requireOrgAction(slug, "members:manage");
    const member = await addMember(db, { organizationId: org.id, userId: user.id }, input);
    revalidatePath(membersPath(slug));
    return { email: member.email, role: member.role };
  });
}

// /dashboard/[org]/settings/members — give a member another role.
export async function changeMemberRoleAction(slug: string, input: ChangeMemberRoleInput): Promise<ActionResult> {
  return runAction(async () => {
    const { org, user } = await requireOrgAction(slug, "members:manage");
    await changeMemberRole(db, { organizationId: org.id, userId: user.id }, input);
    // The actor's own role may have changed: the sidebar shows it.
    revalidatePath(`/dashboard/${slug}`, "layout");
    return undefined;
  });
}

// /dashboard/[org]/settings/members — remove a member, or leave ("read": anyone may leave; the rules are in lib).
export async function removeMemberAction(slug: string, input: RemoveMemberInput): Promise<ActionResult<{ isSelf: boolean }>> {
  return runAction(async () => {
    const { org, user } = await requireOrgAction(slug, "read");
    const { isSelf } = await removeMember(db, { organizationId: org.id, userId: user.id }, input);
    revalidatePath(isSelf ? "/dashboard" : membersPath(slug), "layout");
    return { isSelf };
  });
}
