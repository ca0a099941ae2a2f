import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { ApiError } from "@/lib/api/errors";
import { auth } from "@/lib/auth/next-auth";
import { can, type Permission, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

/** The signed-in merchant (deduplicated per request), or null. */
export const getSessionUser = cache(async () => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true } });
});

/** For pages: the signed-in merchant, or a redirect to sign-in. */
export async function requireUser() {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  return user;
}

const loadMembership = cache(async (userId: string, slug: string) =>
  db.membership.findFirst({
    where: { userId, organization: { slug } },
    select: { role: true, organization: { select: { id: true, name: true, slug: true, pastDueGraceDays: true } } },
  }),
);

/** For dashboard pages: the organization by slug if the user is a member; 404 otherwise. */
export async function requireOrgPage(slug: string) {
  const user = await requireUser();
  const membership = await loadMembership(user.id, slug);
  if (!membership) notFound();
  const principal: Principal = { kind: "user", userId: user.id, organizationId: membership.organization.id, role: membership.role };
  return { user, org: membership.organization, role: membership.role, principal, can: (p: Permission) => can(principal, p) };
}

/** For server actions: like requireOrgPage, but failures are ApiErrors the action turns into messages. */
export async function requireOrgAction(slug: string, permission: Permission) {
  const user = await getSessionUser();
  if (!user) throw ApiError.unauthorized("Your session has ended; sign in again");
  const membership = await loadMembership(user.id, slug);
  if (!membership) throw ApiError.notFound("Organization");
  const principal: Principal = { kind: "user", userId: user.id, organizationId: membership.organization.id, role: membership.role };
  if (!can(principal, permission)) throw ApiError.forbidden(`Your role (${membership.role}) cannot do this`);
  return { user, org: membership.organization, role: membership.role, principal };
}
