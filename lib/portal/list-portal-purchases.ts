import type { DbTx } from "@/lib/db";
import type { OrderStatus, SubscriptionStatus } from "@/lib/generated/prisma/enums";

// A portal page lists the latest purchases; a customer with more has a long history, not a need
// to scroll through all of it here.
const MAX_SHOWN = 50;

export type PortalSubscription = {
  id: string;
  productName: string;
  status: SubscriptionStatus;
  amount: number;
  currency: string;
  currentPeriodEnd: string | null;
  cancelAtPeriodEnd: boolean;
  endsAt: string | null;
  endedAt: string | null;
};

export type PortalOrder = {
  id: string;
  productName: string;
  status: OrderStatus;
  createdAt: string;
  amount: number;
  refundedAmount: number;
  currency: string;
};

/** The customer's subscriptions and orders, newest first. */
export async function listPortalPurchases(db: DbTx, customerId: string): Promise<{ subscriptions: PortalSubscription[]; orders: PortalOrder[] }> {
  const [subscriptions, orders] = await Promise.all([
    db.subscription.findMany({
      where: { customerId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: MAX_SHOWN,
      select: {
        id: true,
        status: true,
        amount: true,
        currency: true,
        currentPeriodEnd: true,
        cancelAtPeriodEnd: true,
        endsAt: true,
        endedAt: true,
        product: { select: { name: true } },
      },
    }),
    db.order.findMany({
      where: { customerId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: MAX_SHOWN,
      select: { id: true, status: true, createdAt: true, amount: true, refundedAmount: true, currency: true, product: { select: { name: true } } },
    }),
  ]);
  return {
    subscriptions: subscriptions.map(({ product, currentPeriodEnd, endsAt, endedAt, ...s }) => ({
      ...s,
      productName: product.name,
      currentPeriodEnd: currentPeriodEnd?.toISOString() ?? null,
      endsAt: endsAt?.toISOString() ?? null,
      endedAt: endedAt?.toISOString() ?? null,
    })),
    orders: orders.map(({ product, createdAt, ...o }) => ({ ...o, productName: product.name, createdAt: createdAt.toISOString() })),
  };
}
