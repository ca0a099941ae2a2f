import type { Metadata } from "next";
import { z } from "zod";
import { OrdersTable } from "@/components/purchases/orders-table";
import { ORDER_STATUS } from "@/components/purchases/purchase-format";
import { listHref, type ListFilters } from "@/components/purchases/list-href";
import { PurchaseList } from "@/components/purchases/purchase-list";
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
    <PurchaseList
      title="Orders"
      description="Payments your billing system reported: one-time purchases, subscription starts and renewals, and their refunds."
      noun="order"
      emptyHint="Your billing system reports orders through the API (POST /v1/orders/). To try the flow, open a customer and record a test purchase."
      statusOptions={FILTERS}
      status={status}
      customerId={customerId}
      customerEmail={orders[0]?.customer.email}
      count={orders.length}
      total={total}
      page={page}
      pageSize={PAGE_SIZE}
      href={href}
    >
      <OrdersTable orgSlug={org.slug} orders={orders} />
    </PurchaseList>
  );
}
