import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GRANTS_LIMIT } from "@/components/grants/grants-query";
import { GrantsPanel } from "@/components/grants/grants-panel";
import { benefitTypeLabels } from "@/components/grants/type-labels";
import { DetailList } from "@/components/purchases/detail-list";
import { billingReasonLabel, formatMoment } from "@/components/purchases/purchase-format";
import { RefundOrderDialog } from "@/components/purchases/refund-order-dialog";
import { OrderStatusBadge } from "@/components/purchases/status-badges";
import { formatMoney } from "@/components/products/product-format";
import { Card, PageHeader } from "@/components/ui/misc";
import { ApiError } from "@/lib/api/errors";
import { parseId } from "@/lib/api/parse";
import { requireOrgPage } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listGrants } from "@/lib/grants/list-grants";
import { serializeGrant } from "@/lib/grants/serialize-grant";
import { getOrderOrThrow } from "@/lib/purchases/get-order-or-throw";
import { serializeOrder } from "@/lib/purchases/serialize-order";

export const metadata: Metadata = { title: "Order" };

async function loadOrder(organizationId: string, id: string) {
  try {
    return await getOrderOrThrow(db, organizationId, parseId(id, "Order"));
  } catch (err) {
    if (err instanceof ApiError && err.code === "not_found") notFound();
    throw err;
  }
}

// /dashboard/[org]/orders/[id] — one payment: amounts, refunds and the benefits it gave.
export default async function OrderPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const { org, can } = await requireOrgPage(slug);
  const row = await loadOrder(org.id, id);
  const o = serializeOrder(row);
  // Polar's order has no such field; the row says whether a refund already took the benefits back.
  const benefitsRevokedAt = row.benefitsRevokedAt;
  const grants = await listGrants(db, org.id, { customerIds: [o.customer_id] }, ["-created_at"], { page: 1, limit: GRANTS_LIMIT });
  const canRefund = can("write") && (o.refundable_amount > 0 || !benefitsRevokedAt);
  const base = `/dashboard/${org.slug}`;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href={`${base}/orders`} className="text-brand-700 hover:underline">
          ← Orders
        </Link>
      </nav>
      <PageHeader
        title={`${o.product.name} for ${o.customer.email}`}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <OrderStatusBadge status={o.status} />
            {billingReasonLabel(o.billing_reason)} · {formatMoney(o.total_amount, o.currency)}
          </span>
        }
        actions={
          canRefund && (
            <RefundOrderDialog
              orgSlug={org.slug}
              orderId={o.id}
              refundable={o.refundable_amount}
              currency={o.currency}
              isSubscriptionOrder={o.subscription_id !== null}
              hasRevokedBenefits={benefitsRevokedAt !== null}
            />
          )
        }
      />
      <div className="space-y-6">
        <Card>
          <DetailList
            items={[
              ["Customer", <Link key="c" href={`${base}/customers/${o.customer_id}`} className="text-brand-700 hover:underline">{o.customer.email}</Link>],
              ["Product", <Link key="p" href={`${base}/products/${o.product_id}`} className="text-brand-700 hover:underline">{o.product.name}</Link>],
              [
                "Subscription",
                o.subscription_id ? (
                  <Link key="s" href={`${base}/subscriptions/${o.subscription_id}`} className="text-brand-700 hover:underline">
                    View subscription
                  </Link>
                ) : (
                  "None (one-time purchase)"
                ),
              ],
              ["Amount", formatMoney(o.total_amount, o.currency)],
              ["Refunded", o.refunded_amount > 0 ? formatMoney(o.refunded_amount, o.currency) : "Nothing"],
              ["Left to refund", formatMoney(o.refundable_amount, o.currency)],
              ["Created", formatMoment(o.created_at)],
              ["Benefits revoked", benefitsRevokedAt ? formatMoment(benefitsRevokedAt.toISOString()) : "No"],
              ["Order ID", <code key="id" className="font-mono text-xs">{o.id}</code>],
            ]}
          />
        </Card>
        <GrantsPanel
          organizationId={org.id}
          orgSlug={org.slug}
          query={{ customer_id: o.customer_id }}
          filter={o.subscription_id ? { subscriptionId: o.subscription_id } : { orderId: o.id }}
          initial={grants.items.map(serializeGrant)}
          show="benefit"
          typeLabels={benefitTypeLabels()}
          canWrite={can("write")}
          description={
            o.subscription_id
              ? "This order paid for a subscription: the benefits belong to the subscription and stay while it is active."
              : "The benefits this purchase gives its customer."
          }
          emptyText="No benefits: the product had none attached when it was bought."
        />
      </div>
    </>
  );
}
