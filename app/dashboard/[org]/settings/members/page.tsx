import type { Metadata } from "next";
import { InviteMemberDialog } from "@/components/settings/invite-member-dialog";
import { MembersTable } from "@/components/settings/members-table";
import { formatDate } from "@/components/settings/format-date";
import { Card, PageHeader } from "@/components/ui/misc";
import { requireOrgPage } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listMembers } from "@/lib/organizations/list-members";
import { MEMBERSHIP_ROLES, ROLE_DESCRIPTIONS } from "@/lib/organizations/member-rules";

export const metadata: Metadata = { title: "Members" };

// /dashboard/[org]/settings/members
export default async function MembersPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org, user, role, can } = await requireOrgPage(slug);
  const members = await listMembers(db, org.id);
  const canManage = can("members:manage");
  return (
    <>
      <PageHeader
        title="Members"
        description={`People who can sign in to ${org.name}'s dashboard, and what they may do.`}
        actions={canManage && <InviteMemberDialog slug={slug} actorRole={role} />}
      />
      <MembersTable
        slug={slug}
        organizationName={org.name}
        currentUserId={user.id}
        actorRole={role}
        members={members.map((m) => ({ userId: m.userId, name: m.name, email: m.email, role: m.role, joined: formatDate(m.joinedAt) }))}
      />
      {!canManage && (
        <p className="mt-3 text-sm text-gray-600">Only owners and admins can add members or change roles. You can leave the organization.</p>
      )}
      <Card className="mt-6">
        <h2 className="text-sm font-semibold text-gray-900">Roles</h2>
        <dl className="mt-2 grid gap-2 text-sm sm:grid-cols-[6rem_1fr]">
          {MEMBERSHIP_ROLES.map((r) => (
            <div key={r} className="contents">
              <dt className="font-medium text-gray-800 capitalize">{r}</dt>
              <dd className="text-gray-600">{ROLE_DESCRIPTIONS[r]}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-gray-600">
          Every organization keeps at least one owner: the last owner cannot be demoted or leave until someone else is made an owner.
        </p>
      </Card>
    </>
  );
}
