"use client";

import { useOptimistic, useTransition } from "react";
import { changeMemberRoleAction } from "@/app/dashboard/[org]/settings/members/actions";
import { RemoveMemberDialog } from "@/components/settings/remove-member-dialog";
import { Badge } from "@/components/ui/misc";
import { Select } from "@/components/ui/select";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { useToast } from "@/components/ui/toast";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import { MEMBERSHIP_ROLES, memberChangeRefusal } from "@/lib/organizations/member-rules";

export type MemberRow = { userId: string; name: string | null; email: string; role: MembershipRole; joined: string };

const ROLE_TONE = { owner: "brand", admin: "green", member: "gray" } as const;
const label = (role: MembershipRole) => role[0].toUpperCase() + role.slice(1);

/**
 * The members list. Controls appear only where the rules allow them (the server checks again):
 * a role select with the allowed roles, Remove for others, Leave on one's own row.
 */
export function MembersTable({
  slug,
  organizationName,
  currentUserId,
  actorRole,
  members,
}: {
  slug: string;
  organizationName: string;
  currentUserId: string;
  actorRole: MembershipRole;
  members: MemberRow[];
}) {
  const toast = useToast();
  const [, startTransition] = useTransition();
  const [rows, setOptimisticRole] = useOptimistic(members, (state, change: { userId: string; role: MembershipRole }) =>
    state.map((m) => (m.userId === change.userId ? { ...m, role: change.role } : m)),
  );
  const ownerCount = rows.filter((m) => m.role === "owner").length;

  const changeRole = (member: MemberRow, role: MembershipRole) =>
    startTransition(async () => {
      setOptimisticRole({ userId: member.userId, role });
      const result = await changeMemberRoleAction(slug, { userId: member.userId, role });
      if (result.ok) toast({ title: "Role changed", description: `${member.email} is now ${role === "admin" ? "an" : "a"} ${role}.` });
      else toast({ tone: "error", title: "Role not changed", description: Object.values(result.errors).join(" ") });
    });

  return (
    <Table>
      <thead>
        <tr>
          <Th>Name</Th>
          <Th>Email</Th>
          <Th>Role</Th>
          <Th>Joined</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => {
          const isSelf = m.userId === currentUserId;
          const roleOptions = MEMBERSHIP_ROLES.map((r) => ({
            value: r,
            label: label(r),
            disabled: memberChangeRefusal(actorRole, { kind: "change", from: m.role, to: r }, ownerCount) !== null,
          }));
          const canChangeRole = roleOptions.some((o) => o.value !== m.role && !o.disabled);
          const canRemove = memberChangeRefusal(actorRole, { kind: "remove", role: m.role, isSelf }, ownerCount) === null;
          return (
            <Tr key={m.userId}>
              <Td className="font-medium">
                {m.name ?? <span className="text-gray-400">—</span>}
                {isSelf && <span className="ml-2 text-xs font-normal text-gray-500">(you)</span>}
              </Td>
              <Td>{m.email}</Td>
              <Td className="w-40">
                {canChangeRole ? (
                  <Select
                    aria-label={`Role of ${m.email}`}
                    value={m.role}
                    onValueChange={(role) => changeRole(m, role as MembershipRole)}
                    options={roleOptions}
                  />
                ) : (
                  <Badge tone={ROLE_TONE[m.role]}>{label(m.role)}</Badge>
                )}
              </Td>
              <Td className="whitespace-nowrap text-gray-600">{m.joined}</Td>
              <Td className="text-right">
                {canRemove && (
                  <RemoveMemberDialog slug={slug} organizationName={organizationName} member={m} isSelf={isSelf} />
                )}
              </Td>
            </Tr>
          );
        })}
      </tbody>
    </Table>
  );
}
