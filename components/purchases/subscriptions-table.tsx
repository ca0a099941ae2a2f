import Link from "next/link";
import { formatDay } from "@/components/purchases/purchase-format";
import { SubscriptionStatusBadge } from "@/components/purchases/status-badges";
import { billingLabel, formatMoney } from "@/components/products/product-format";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { SubscriptionResponse } from "@/lib/purchases/serialize-subscription";

/** When the subscription's current period ends, and what happens then. */
function PeriodEnd({ s }: { s: SubscriptionResponse }) {
  if (s.ended_at) return <span className="text-gray-600">Ended {formatDay(s.ended_at)}</span>;
  return (
    <>
      {formatDay(s.current_period_end)}
      {s.cancel_at_period_end && <p className="text-xs font-medium text-yellow-800">Cancels at period end</p>}
    </>
  );
}

/** Subscriptions with their customer (unless shown on that customer's page), product, status and period. */
export function SubscriptionsTable({
  orgSlug,
  subscriptions,
  showCustomer = true,
}: {
  orgSlug: string;
  subscriptions: SubscriptionResponse[];
  showCustomer?: boolean;
}) {
  const base = `/dashboard/${orgSlug}`;
  return (
    <Table>
      <thead>
        <tr>
          {showCustomer && <Th>Customer</Th>}
          <Th>Product</Th>
          <Th>Status</Th>
          <Th>Current period ends</Th>
          <Th>Started</Th>
          <Th>
            <span className="sr-only">Details</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {subscriptions.map((s) => (
          <Tr key={s.id}>
            {showCustomer && (
              <Td>
                <Link href={`${base}/customers/${s.customer_id}`} className="text-brand-700 hover:underline">
                  {s.customer.email}
                </Link>
              </Td>
            )}
            <Td>
              <span className="font-medium text-gray-900">{s.product.name}</span>
              <p className="text-xs text-gray-600">
                {formatMoney(s.amount, s.currency)} · {billingLabel(s.recurring_interval, s.recurring_interval_count)}
              </p>
            </Td>
            <Td>
              <SubscriptionStatusBadge status={s.status} />
            </Td>
            <Td className="whitespace-nowrap">
              <PeriodEnd s={s} />
            </Td>
            <Td className="whitespace-nowrap text-gray-600">{formatDay(s.started_at)}</Td>
            <Td className="text-right">
              <Link href={`${base}/subscriptions/${s.id}`} className="font-medium text-brand-700 hover:underline">
                View<span className="sr-only"> subscription to {s.product.name}</span>
              </Link>
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
