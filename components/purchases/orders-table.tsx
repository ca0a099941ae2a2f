import Link from "next/link";
import { billingReasonLabel, formatDay } from "@/components/purchases/purchase-format";
import { OrderStatusBadge } from "@/components/purchases/status-badges";
import { formatMoney } from "@/components/products/product-format";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { OrderResponse } from "@/lib/purchases/serialize-order";

/** Orders with their customer (unless shown on that customer's page), product, status and amounts. */
export function OrdersTable({ orgSlug, orders, showCustomer = true }: { orgSlug: string; orders: OrderResponse[]; showCustomer?: boolean }) {
  const base = `/dashboard/${orgSlug}`;
  return (
    <Table>
      <thead>
        <tr>
          <Th>Date</Th>
          {showCustomer && <Th>Customer</Th>}
          <Th>Product</Th>
          <Th>Status</Th>
          <Th className="text-right">Amount</Th>
          <Th className="text-right">Refunded</Th>
          <Th>
            <span className="sr-only">Details</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {orders.map((o) => (
          <Tr key={o.id}>
            <Td className="whitespace-nowrap text-gray-600">{formatDay(o.created_at)}</Td>
            {showCustomer && (
              <Td>
                <Link href={`${base}/customers/${o.customer_id}`} className="text-brand-700 hover:underline">
                  {o.customer.email}
                </Link>
              </Td>
            )}
            <Td>
              <span className="font-medium text-gray-900">{o.product.name}</span>
              <p className="text-xs text-gray-600">{billingReasonLabel(o.billing_reason)}</p>
            </Td>
            <Td>
              <OrderStatusBadge status={o.status} />
            </Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{formatMoney(o.total_amount, o.currency)}</Td>
            <Td className="text-right whitespace-nowrap tabular-nums">
              {o.refunded_amount > 0 ? formatMoney(o.refunded_amount, o.currency) : <span className="text-gray-400">—</span>}
            </Td>
            <Td className="text-right">
              <Link href={`${base}/orders/${o.id}`} className="font-medium text-brand-700 hover:underline">
                View<span className="sr-only"> order of {o.product.name}</span>
              </Link>
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
