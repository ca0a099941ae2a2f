import { ApiError } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";
import { portalGrantSelect } from "@/lib/portal/serialize-portal-grant";

/** One of this customer's current grants; another customer's, or a revoked one, is a 404. */
export async function getCustomerGrantOrThrow(db: DbTx, customerId: string, id: string) {
  const grant = await db.benefitGrant.findFirst({
    where: { id, customerId, status: { not: "revoked" } },
    select: portalGrantSelect,
  });
  if (!grant) throw ApiError.notFound("Benefit grant");
  return grant;
}
