import type { Metadata } from "next";
import { z } from "zod";
import { SUBSCRIPTION_STATUS } from "@/components/purchases/purchase-format";
import { listHref, type ListFilters } from "@/components/purchases/list-href";
import { PurchaseList } from "@/components/purchases/purchase-list";
import { SubscriptionsTable } from "@/components/purchases/subscriptions-table";
import { requireOrgPage } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { SubscriptionStatus } from "@/lib/generated/prisma/enums";
import { listSubscriptions } from "@/lib/purchases/list-subscriptions";
import { serializeSubscription } from "@/lib/purchases/serialize-subscription";

export const metadata: Metadata = { title: "Subscriptions" };

const PAGE_SIZE = 25;
const FILTERS = (["active", "trialing", "past_due", "unpaid", "canceled"] as const).map((value) => ({ value, label: SUBSCRIPTION_STATUS[value].label }));

// Unknown values are ignored (a hand-edited URL shows the whole list, not an error).
const query = z.object({
  status: z.enum(SubscriptionStatus).optional().catch(undefined),
  customer_id: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1),
});

// /dashboard/[org]/subscriptions — every subscription, filtered by status (?status=) or customer (?customer_id=).
export default async function SubscriptionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ org: slug }, raw] = await Promise.all([params, searchParams]);
  const { org } = await requireOrgPage(slug);
  const { status, customer_id: customerId, page } = query.parse(raw);
  const { items, total } = await listSubscriptions(
    db,
    org.id,
    { statuses: status ? [status] : undefined, customerIds: customerId ? [customerId] : undefined },
    ["-started_at"],
    { page, limit: PAGE_SIZE },
  );
  const base = `/dashboard/${org.slug}/subscriptions`;
  const href = (next: ListFilters) => listHref(base, { status, customerId }, next);
  const subscriptions = items.map(serializeSubscription);

  return (
    <PurchaseList
      title="Subscriptions"
      description="Recurring purchases your billing system reported. Active and trialing subscriptions hold their product's benefits."
      noun="subscription"
      emptyHint="Your billing system reports subscriptions through the API (POST /v1/subscriptions/). To try the flow, open a customer and record a test purchase of a recurring product."
      statusOptions={FILTERS}
      status={status}
      customerId={customerId}
      customerEmail={subscriptions[0]?.customer.email}
      count={subscriptions.length}
      total={total}
      page={page}
      pageSize={PAGE_SIZE}
      href={href}
    >
      <SubscriptionsTable orgSlug={org.slug} subscriptions={subscriptions} />
    </PurchaseList>
  );
}
