import type { MembershipRole } from "@/lib/generated/prisma/client";

export type Permission =
  | "read" // see the organization's data
  | "write" // create and edit products, benefits, customers…
  | "delete" // delete benefits and customers
  | "tokens:manage" // create and revoke organization access tokens
  | "members:manage" // invite, change roles, remove members
  | "organization:manage"; // rename, settings

const ROLE_PERMISSIONS: Record<MembershipRole, readonly Permission[]> = {
  owner: ["read", "write", "delete", "tokens:manage", "members:manage", "organization:manage"],
  admin: ["read", "write", "delete", "tokens:manage", "members:manage", "organization:manage"],
  // Members run the catalog day to day but cannot delete, manage tokens or people.
  member: ["read", "write"],
};

// An organization access token acts on the API; it cannot mint tokens or manage people.
const TOKEN_PERMISSIONS: readonly Permission[] = ["read", "write", "delete"];

export type Principal =
  | { kind: "token"; organizationId: string; tokenId: string }
  | { kind: "user"; organizationId: string; userId: string; role: MembershipRole };

export function can(principal: Principal, permission: Permission): boolean {
  const granted = principal.kind === "token" ? TOKEN_PERMISSIONS : ROLE_PERMISSIONS[principal.role];
  return granted.includes(permission);
}

export function roleCan(role: MembershipRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
