import { ApiError } from "@/lib/api/errors";
import { customerSelect } from "@/lib/customers/serialize-customer";
import type { DbTx } from "@/lib/db";

/** A customer is addressed by its id or by the merchant's own id for it (`external_id`). */
export type CustomerKey = { id: string } | { externalId: string };

/** A live customer of this organization; another organization's or a deleted one is a 404. */
export async function getCustomerOrThrow(db: DbTx, organizationId: string, key: CustomerKey) {
  const customer = await db.customer.findFirst({
    where: { ...key, organizationId, deletedAt: null },
    select: customerSelect,
  });
  if (!customer) throw ApiError.notFound("Customer");
  return customer;
}
