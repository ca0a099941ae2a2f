import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import type { MembershipRole } from "@/lib/generated/prisma/client";
import { addMember } from "@/lib/organizations/add-member";
import { changeMemberRole } from "@/lib/organizations/change-member-role";
import { listMembers } from "@/lib/organizations/list-members";
import { removeMember } from "@/lib/organizations/remove-member";
import { createTestOrg, createTestUser } from "@/test/factories";

const LAST_OWNER = "An organization needs at least one owner: make someone else an owner first";

/** An organization with its owner plus one extra member per given role. */
async function orgWith(...roles: MembershipRole[]) {
  const { org, owner } = await createTestOrg();
  const others = [];
  for (const role of roles) {
    const user = await createTestUser();
    await db.membership.create({ data: { organizationId: org.id, userId: user.id, role } });
    others.push(user);
  }
  const actor = (userId: string) => ({ organizationId: org.id, userId });
  return { org, owner, others, actor };
}

const roleOf = async (organizationId: string, userId: string) =>
  (await db.membership.findUnique({ where: { organizationId_userId: { organizationId, userId } } }))?.role ?? null;

describe("addMember", () => {
  test("adds an existing user with the chosen role, matching the email case-insensitively", async () => {
    const { org, owner, actor } = await orgWith();
    const invitee = await createTestUser();
    const added = await addMember(db, actor(owner.id), { email: invitee.email.toUpperCase(), role: "admin" });
    expect(added).toMatchObject({ id: invitee.id, email: invitee.email, role: "admin" });
    const members = await listMembers(db, org.id);
    expect(members.map((m) => [m.email, m.role])).toEqual([
      [owner.email, "owner"],
      [invitee.email, "admin"],
    ]);
  });

  test("an unknown email is a field error on email", async () => {
    const { owner, actor } = await orgWith();
    await expect(addMember(db, actor(owner.id), { email: "nobody-here@test.local", role: "member" })).rejects.toMatchObject({
      code: "validation",
      detail: [{ loc: ["body", "email"], msg: "No Benefactor account uses this email; ask them to sign up first", type: "user_not_found" }],
    });
  });

  test("someone already in the organization is a field error on email", async () => {
    const { org, owner, others, actor } = await orgWith("member");
    await expect(addMember(db, actor(owner.id), { email: others[0].email, role: "admin" })).rejects.toMatchObject({
      code: "validation",
      detail: [{ loc: ["body", "email"], msg: `${others[0].email} is already a member of this organization` }],
    });
    expect(await roleOf(org.id, others[0].id)).toBe("member");
  });

  test("members cannot add anyone; admins cannot add owners", async () => {
    const { others, actor } = await orgWith("admin", "member");
    const [admin, member] = others;
    const invitee = await createTestUser();
    await expect(addMember(db, actor(member.id), { email: invitee.email, role: "member" })).rejects.toMatchObject({
      code: "forbidden",
      detail: "Only owners and admins can manage members",
    });
    await expect(addMember(db, actor(admin.id), { email: invitee.email, role: "owner" })).rejects.toMatchObject({
      code: "forbidden",
      detail: "Only owners can grant the owner role",
    });
    await expect(addMember(db, actor(admin.id), { email: invitee.email, role: "member" })).resolves.toMatchObject({ role: "member" });
  });
});

describe("changeMemberRole", () => {
  test("admins promote and demote below owner; only owners touch the owner role", async () => {
    const { org, owner, others, actor } = await orgWith("admin", "member");
    const [admin, member] = others;
    await expect(changeMemberRole(db, actor(admin.id), { userId: member.id, role: "admin" })).resolves.toMatchObject({
      role: "admin",
      previousRole: "member",
    });
    await expect(changeMemberRole(db, actor(admin.id), { userId: member.id, role: "owner" })).rejects.toMatchObject({
      code: "forbidden",
      detail: "Only owners can grant the owner role",
    });
    await expect(changeMemberRole(db, actor(admin.id), { userId: owner.id, role: "member" })).rejects.toMatchObject({
      code: "forbidden",
      detail: "Only owners can change an owner's role",
    });
    await expect(changeMemberRole(db, actor(member.id), { userId: admin.id, role: "member" })).resolves.toMatchObject({ role: "member" });
    await changeMemberRole(db, actor(owner.id), { userId: admin.id, role: "owner" });
    expect(await roleOf(org.id, admin.id)).toBe("owner");
  });

  test("a member cannot change roles, including their own", async () => {
    const { others, actor } = await orgWith("member");
    await expect(changeMemberRole(db, actor(others[0].id), { userId: others[0].id, role: "admin" })).rejects.toMatchObject({
      code: "forbidden",
      detail: "Only owners and admins can manage members",
    });
  });

  test("the last owner cannot be demoted, not even by themselves", async () => {
    const { org, owner, actor } = await orgWith("admin");
    await expect(changeMemberRole(db, actor(owner.id), { userId: owner.id, role: "admin" })).rejects.toMatchObject({
      code: "bad_request",
      detail: LAST_OWNER,
    });
    expect(await roleOf(org.id, owner.id)).toBe("owner");
  });

  test("another organization's member is not found", async () => {
    const { owner, actor } = await orgWith();
    const elsewhere = await orgWith("member");
    await expect(changeMemberRole(db, actor(owner.id), { userId: elsewhere.others[0].id, role: "admin" })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  test("two owners demoting each other at the same moment: exactly one succeeds", async () => {
    for (let round = 0; round < 5; round++) {
      const { org, owner, others, actor } = await orgWith("owner");
      const [second] = others;
      const results = await Promise.allSettled([
        changeMemberRole(db, actor(owner.id), { userId: second.id, role: "admin" }),
        changeMemberRole(db, actor(second.id), { userId: owner.id, role: "admin" }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const rejected = results.find((r) => r.status === "rejected");
      // The loser was either demoted already (and may no longer touch an owner) or would remove the last owner.
      expect((rejected as PromiseRejectedResult).reason).toMatchObject({ code: expect.stringMatching(/^(forbidden|bad_request)$/) });
      expect(await db.membership.count({ where: { organizationId: org.id, role: "owner" } })).toBe(1);
    }
  });
});

describe("removeMember", () => {
  test("admins remove members; members can only leave", async () => {
    const { org, others, actor } = await orgWith("admin", "member", "member");
    const [admin, member, other] = others;
    await expect(removeMember(db, actor(member.id), { userId: other.id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(removeMember(db, actor(member.id), { userId: member.id })).resolves.toEqual({ userId: member.id, isSelf: true });
    await expect(removeMember(db, actor(admin.id), { userId: other.id })).resolves.toMatchObject({ isSelf: false });
    expect(await roleOf(org.id, member.id)).toBeNull();
    expect(await roleOf(org.id, other.id)).toBeNull();
  });

  test("only owners remove owners, and the last owner can never leave", async () => {
    const { org, owner, others, actor } = await orgWith("admin", "owner");
    const [admin, secondOwner] = others;
    await expect(removeMember(db, actor(admin.id), { userId: secondOwner.id })).rejects.toMatchObject({
      code: "forbidden",
      detail: "Only owners can remove an owner",
    });
    await removeMember(db, actor(owner.id), { userId: secondOwner.id });
    await expect(removeMember(db, actor(owner.id), { userId: owner.id })).rejects.toMatchObject({
      code: "bad_request",
      detail: "You are the last owner: make someone else an owner before you leave",
    });
    expect(await roleOf(org.id, owner.id)).toBe("owner");
  });

  test("two owners leaving at the same moment: one stays", async () => {
    const { org, owner, others, actor } = await orgWith("owner");
    const results = await Promise.allSettled([
      removeMember(db, actor(owner.id), { userId: owner.id }),
      removeMember(db, actor(others[0].id), { userId: others[0].id }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.membership.count({ where: { organizationId: org.id, role: "owner" } })).toBe(1);
  });
});
