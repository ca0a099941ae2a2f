import type { ReactNode } from "react";
import Link from "next/link";
import { OrdersTable } from "@/components/purchases/orders-table";
import { SubscriptionsTable } from "@/components/purchases/subscriptions-table";
import { Card } from "@/components/ui/misc";
import type { OrderResponse } from "@/lib/purchases/serialize-order";
import type { SubscriptionResponse } from "@/lib/purchases/serialize-subscription";

function Section({ title, total, shown, allHref, children }: { title: string; total: number; shown: number; allHref: string; children: ReactNode }) {
  return (
    <Card>
      <div className="mb-3 flex items-baseline justify-between gap-3">
        <h2 className="text-base font-semibold text-gray-900">{title}</h2>
        {total > shown && (
          <Link href={allHref} className="text-sm font-medium text-brand-700 hover:underline">
            All {total}
          </Link>
        )}
      </div>
      {children}
    </Card>
  );
}

/** The customer's subscriptions and orders (the most recent ones, with a link to all). */
export function CustomerPurchases({
  orgSlug,
  customerId,
  subscriptions,
  orders,
}: {
  orgSlug: string;
  customerId: string;
  subscriptions: { items: SubscriptionResponse[]; total: number };
  orders: { items: OrderResponse[]; total: number };
}) {
  const base = `/dashboard/${orgSlug}`;
  return (
    <>
      <Section title="Subscriptions" total={subscriptions.total} shown={subscriptions.items.length} allHref={`${base}/subscriptions?customer_id=${customerId}`}>
        {subscriptions.items.length === 0 ? (
          <p className="text-sm text-gray-600">No subscriptions. Your billing system reports them through the API, or record a test purchase of a recurring product.</p>
        ) : (
          <SubscriptionsTable orgSlug={orgSlug} subscriptions={subscriptions.items} showCustomer={false} />
        )}
      </Section>
      <Section title="Orders" total={orders.total} shown={orders.items.length} allHref={`${base}/orders?customer_id=${customerId}`}>
        {orders.items.length === 0 ? (
          <p className="text-sm text-gray-600">No orders. Each one-time purchase, subscription start and renewal is recorded here.</p>
        ) : (
          <OrdersTable orgSlug={orgSlug} orders={orders.items} showCustomer={false} />
        )}
      </Section>
    </>
  );
}
