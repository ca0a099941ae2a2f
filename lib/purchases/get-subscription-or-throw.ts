import { ApiError } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";
import { subscriptionSelect } from "@/lib/purchases/serialize-subscription";

/** A subscription of this organization; another organization's is a 404. */
export async function getSubscriptionOrThrow(db: DbTx, organizationId: string, id: string) {
  const subscription = await db.subscription.findFirst({ where: { id, organizationId }, select: subscriptionSelect });
  if (!subscription) throw ApiError.notFound("Subscription");
  return subscription;
}
