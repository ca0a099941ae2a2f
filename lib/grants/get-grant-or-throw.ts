import { ApiError } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";
import { grantSelect } from "@/lib/grants/serialize-grant";

/** A grant of this organization; another organization's is a 404. */
export async function getGrantOrThrow(db: DbTx, organizationId: string, id: string) {
  const grant = await db.benefitGrant.findFirst({ where: { id, organizationId }, select: grantSelect });
  if (!grant) throw ApiError.notFound("Benefit grant");
  return grant;
}
