import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GRANTS_LIMIT } from "@/components/grants/grants-query";
import { GrantsPanel } from "@/components/grants/grants-panel";
import { benefitTypeLabels } from "@/components/grants/type-labels";
import { DetailList } from "@/components/purchases/detail-list";
import { OrdersTable } from "@/components/purchases/orders-table";
import { formatDay, formatMoment } from "@/components/purchases/purchase-format";
import { SubscriptionStatusBadge } from "@/components/purchases/status-badges";
import { SubscriptionActions } from "@/components/purchases/subscription-actions";
import { billingLabel, formatMoney } from "@/components/products/product-format";
import { Card, PageHeader } from "@/components/ui/misc";
import { ApiError } from "@/lib/api/errors";
import { parseId } from "@/lib/api/parse";
import { requireOrgPage } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listGrants } from "@/lib/grants/list-grants";
import { serializeGrant } from "@/lib/grants/serialize-grant";
import { listProducts } from "@/lib/products/list-products";
import { addInterval } from "@/lib/purchases/add-interval";
import { getSubscriptionOrThrow } from "@/lib/purchases/get-subscription-or-throw";
import { listOrders } from "@/lib/purchases/list-orders";
import { serializeOrder } from "@/lib/purchases/serialize-order";
import { serializeSubscription } from "@/lib/purchases/serialize-subscription";

export const metadata: Metadata = { title: "Subscription" };

async function loadSubscription(organizationId: string, id: string) {
  try {
    return await getSubscriptionOrThrow(db, organizationId, parseId(id, "Subscription"));
  } catch (err) {
    if (err instanceof ApiError && err.code === "not_found") notFound();
    throw err;
  }
}

// /dashboard/[org]/subscriptions/[id] — one subscription: its state, the changes a billing system
// would report, its orders and the grants it holds.
export default async function SubscriptionPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const { org, can } = await requireOrgPage(slug);
  const row = await loadSubscription(org.id, id);
  const s = serializeSubscription(row);
  const [orders, grants, recurring] = await Promise.all([
    listOrders(db, org.id, { subscriptionIds: [s.id] }, ["-created_at"], { page: 1, limit: 50 }),
    listGrants(db, org.id, { customerIds: [s.customer_id] }, ["-created_at"], { page: 1, limit: GRANTS_LIMIT }),
    listProducts(db, org.id, { isArchived: false, isRecurring: true }, ["name"], { page: 1, limit: 100 }),
  ]);
  const hasEnded = s.ended_at !== null || s.status === "canceled" || s.status === "incomplete_expired";
  const nextPeriodEnd = addInterval(new Date(s.current_period_end), s.recurring_interval, s.recurring_interval_count);
  const base = `/dashboard/${org.slug}`;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href={`${base}/subscriptions`} className="text-brand-700 hover:underline">
          ← Subscriptions
        </Link>
      </nav>
      <PageHeader
        title={`${s.product.name} for ${s.customer.email}`}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <SubscriptionStatusBadge status={s.status} />
            {s.cancel_at_period_end && !hasEnded && <span className="font-medium text-yellow-800">Cancels at period end ({formatDay(s.current_period_end)})</span>}
          </span>
        }
      />
      <div className="space-y-6">
        <Card>
          <DetailList
            items={[
              ["Customer", <Link key="c" href={`${base}/customers/${s.customer_id}`} className="text-brand-700 hover:underline">{s.customer.email}</Link>],
              ["Product", <Link key="p" href={`${base}/products/${s.product_id}`} className="text-brand-700 hover:underline">{s.product.name}</Link>],
              ["Price", `${formatMoney(s.amount, s.currency)} · ${billingLabel(s.recurring_interval, s.recurring_interval_count)}`],
              ["Current period", `${formatDay(s.current_period_start)} – ${formatDay(s.current_period_end)}`],
              ["Started", formatMoment(s.started_at)],
              ["Past due since", formatMoment(s.past_due_at)],
              ["Canceled", formatMoment(s.canceled_at)],
              [hasEnded ? "Ended" : "Ends", formatMoment(s.ended_at ?? s.ends_at)],
              ["Subscription ID", <code key="id" className="font-mono text-xs">{s.id}</code>],
            ]}
          />
        </Card>
        {can("write") && (
          <Card>
            <h2 className="text-base font-semibold text-gray-900">Record a change</h2>
            {hasEnded ? (
              <p className="mt-1 text-sm text-gray-600">This subscription has ended and cannot change. A new purchase starts a new subscription.</p>
            ) : (
              <>
                <p className="mt-1 mb-4 text-sm text-gray-600">Normally your billing system reports these through the API; here you can try them by hand.</p>
                <SubscriptionActions
                  orgSlug={org.slug}
                  subscription={{
                    id: s.id,
                    status: s.status,
                    isCancelingAtPeriodEnd: s.cancel_at_period_end,
                    periodEnd: formatDay(s.current_period_end),
                    nextPeriodEnd: formatDay(nextPeriodEnd.toISOString()),
                    graceDays: org.pastDueGraceDays,
                  }}
                  products={recurring.items.filter((p) => p.id !== s.product_id).map((p) => ({ value: p.id, label: p.name }))}
                />
              </>
            )}
          </Card>
        )}
        <GrantsPanel
          organizationId={org.id}
          orgSlug={org.slug}
          query={{ customer_id: s.customer_id }}
          filter={{ subscriptionId: s.id }}
          initial={grants.items.map(serializeGrant)}
          show="benefit"
          typeLabels={benefitTypeLabels()}
          canWrite={can("write")}
          description="The benefits this subscription gives its customer."
          emptyText="This subscription holds no benefits: its product has none attached."
        />
        <Card>
          <h2 className="mb-3 text-base font-semibold text-gray-900">Orders</h2>
          {orders.items.length === 0 ? (
            <p className="text-sm text-gray-600">No payments recorded (a trial has none until it converts).</p>
          ) : (
            <OrdersTable orgSlug={org.slug} orders={orders.items.map(serializeOrder)} showCustomer={false} />
          )}
        </Card>
      </div>
    </>
  );
}
