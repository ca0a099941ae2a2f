import type { DbTx } from "@/lib/db";

/** The organization whose portal a slug names (its public name only), or null. */
export function findPortalOrganization(db: DbTx, slug: string) {
  return db.organization.findUnique({ where: { slug }, select: { id: true, name: true, slug: true } });
}
