import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { OrdersTable } from "@/components/purchases/orders-table";
import { ORDER_STATUS } from "@/components/purchases/purchase-format";
import { listHref, type ListFilters } from "@/components/purchases/list-href";
import { StatusFilter } from "@/components/purchases/status-filter";
import { EmptyState, PageHeader } from "@/components/ui/misc";
import { Pagination } from "@/components/ui/pagination";
import { requireOrgPage } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { OrderStatus } from "@/lib/generated/prisma/enums";
import { listOrders } from "@/lib/purchases/list-orders";
import { serializeOrder } from "@/lib/purchases/serialize-order";

export const metadata: Metadata = { title: "Orders" };

const PAGE_SIZE = 25;
const FILTERS = (["paid", "partially_refunded", "refunded"] as const).map((value) => ({ value, label: ORDER_STATUS[value].label }));

// Unknown values are ignored (a hand-edited URL shows the whole list, not an error).
const query = z.object({
  status: z.enum(OrderStatus).optional().catch(undefined),
  customer_id: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1),
});

// /dashboard/[org]/orders — every payment recorded, filtered by status (?status=) or customer (?customer_id=).
export default async function OrdersPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ org: slug }, raw] = await Promise.all([params, searchParams]);
  const { org } = await requireOrgPage(slug);
  const { status, customer_id: customerId, page } = query.parse(raw);
  const { items, total } = await listOrders(
    db,
    org.id,
    { statuses: status ? [status] : undefined, customerIds: customerId ? [customerId] : undefined },
    ["-created_at"],
    { page, limit: PAGE_SIZE },
  );
  const base = `/dashboard/${org.slug}/orders`;
  const href = (next: ListFilters) => listHref(base, { status, customerId }, next);
  const orders = items.map(serializeOrder);

  return (
    <>
      <PageHeader
        title="Orders"
        description="Payments your billing system reported: one-time purchases, subscription starts and renewals, and their refunds."
      />
      {customerId && (
        <p className="mb-3 text-sm text-gray-700">
          For one customer{orders[0] ? `: ${orders[0].customer.email}` : ""}.{" "}
          <Link href={href({ customerId: null, page: 1 })} className="font-medium text-brand-700 hover:underline">
            Show all customers
          </Link>
        </p>
      )}
      <StatusFilter label="Filter by status" options={FILTERS} current={status ?? null} href={(s) => href({ status: s, page: 1 })} />
      {orders.length === 0 ? (
        <EmptyState
          title={status || customerId ? "No orders match" : "No orders yet"}
          description={
            status || customerId
              ? "Try another status filter."
              : "Your billing system reports orders through the API (POST /v1/orders/). To try the flow, open a customer and record a test purchase."
          }
        />
      ) : (
        <>
          <OrdersTable orgSlug={org.slug} orders={orders} />
          <Pagination page={page} total={total} pageSize={PAGE_SIZE} href={(p) => href({ page: p })} noun="order" />
        </>
      )}
    </>
  );
}
