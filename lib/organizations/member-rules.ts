import { roleCan } from "@/lib/auth/permissions";
import type { MembershipRole } from "@/lib/generated/prisma/client";

// Who may change whom. Pure, so the members page can hide what the server would refuse anyway;
// the server decides with the roles and owner count it read under lock.

export const MEMBERSHIP_ROLES = ["owner", "admin", "member"] as const satisfies readonly MembershipRole[];

export const ROLE_DESCRIPTIONS: Record<MembershipRole, string> = {
  owner: "Everything, including managing other owners",
  admin: "Everything except granting or removing the owner role",
  member: "Works on products, benefits and customers; cannot delete, manage tokens or people",
};

export type MemberChange =
  | { kind: "invite"; role: MembershipRole }
  | { kind: "change"; from: MembershipRole; to: MembershipRole }
  | { kind: "remove"; role: MembershipRole; isSelf: boolean };

export type Refusal = { reason: "forbidden" | "last_owner"; message: string };

const forbidden = (message: string): Refusal => ({ reason: "forbidden", message });

/** Why `actorRole` may not make `change` in an organization with `ownerCount` owners; null if allowed. */
export function memberChangeRefusal(actorRole: MembershipRole, change: MemberChange, ownerCount: number): Refusal | null {
  const isLeaving = change.kind === "remove" && change.isSelf;
  if (!isLeaving && !roleCan(actorRole, "members:manage")) {
    return forbidden("Only owners and admins can manage members");
  }
  switch (change.kind) {
    case "invite":
      return change.role === "owner" && actorRole !== "owner" ? forbidden("Only owners can grant the owner role") : null;
    case "change":
      if (change.from === change.to) return null;
      if (change.to === "owner" && actorRole !== "owner") return forbidden("Only owners can grant the owner role");
      if (change.from === "owner" && actorRole !== "owner") return forbidden("Only owners can change an owner's role");
      if (change.from === "owner" && ownerCount <= 1) {
        return {
          reason: "last_owner",
          message: "An organization needs at least one owner: make someone else an owner first",
        };
      }
      return null;
    case "remove":
      if (change.role === "owner" && !change.isSelf && actorRole !== "owner") return forbidden("Only owners can remove an owner");
      if (change.role === "owner" && ownerCount <= 1) {
        return {
          reason: "last_owner",
          message: change.isSelf
            ? "You are the last owner: make someone else an owner before you leave"
            : "An organization needs at least one owner: make someone else an owner first",
        };
      }
      return null;
  }
}
