import { ApiError } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";
import { orderSelect } from "@/lib/purchases/serialize-order";

/** An order of this organization; another organization's is a 404. */
export async function getOrderOrThrow(db: DbTx, organizationId: string, id: string) {
  const order = await db.order.findFirst({ where: { id, organizationId }, select: orderSelect });
  if (!order) throw ApiError.notFound("Order");
  return order;
}
