import type { DbTx } from "@/lib/db";

/** The organization's members, owners first, then by the date they joined. */
export async function listMembers(db: DbTx, organizationId: string) {
  const rows = await db.membership.findMany({
    where: { organizationId },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((r) => ({ userId: r.user.id, name: r.user.name, email: r.user.email, role: r.role, joinedAt: r.createdAt }));
}
