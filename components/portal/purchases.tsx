import { formatDay, formatMoney } from "@/components/portal/format";
import { Badge } from "@/components/ui/misc";
import type { ReactNode } from "react";
import type { PortalOrder, PortalSubscription } from "@/lib/portal/list-portal-purchases";

const SUBSCRIPTION_STATUS = {
  active: { label: "Active", tone: "green" },
  trialing: { label: "Trial", tone: "brand" },
  past_due: { label: "Payment due", tone: "yellow" },
  unpaid: { label: "Unpaid", tone: "red" },
  canceled: { label: "Canceled", tone: "gray" },
  incomplete: { label: "Incomplete", tone: "gray" },
  incomplete_expired: { label: "Expired", tone: "gray" },
} as const;

const ORDER_STATUS = {
  paid: { label: "Paid", tone: "green" },
  partially_refunded: { label: "Partially refunded", tone: "yellow" },
  refunded: { label: "Refunded", tone: "gray" },
} as const;

function renewal(s: PortalSubscription): string {
  if (s.endedAt) return `Ended ${formatDay(s.endedAt)}`;
  if (s.cancelAtPeriodEnd || s.endsAt) return `Ends ${formatDay(s.endsAt ?? s.currentPeriodEnd)}`;
  if (s.status === "canceled") return "Canceled";
  return s.currentPeriodEnd ? `Renews ${formatDay(s.currentPeriodEnd)}` : "Renews automatically";
}

function Row({ title, detail, badge }: { title: string; detail: string; badge: ReactNode }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
      <div className="min-w-0">
        <p className="truncate text-sm font-medium text-gray-900">{title}</p>
        <p className="text-xs text-gray-600">{detail}</p>
      </div>
      {badge}
    </li>
  );
}

export function SubscriptionList({ subscriptions }: { subscriptions: PortalSubscription[] }) {
  if (subscriptions.length === 0) return <p className="text-sm text-gray-600">No subscriptions.</p>;
  return (
    <ul aria-label="Subscriptions" className="divide-y divide-gray-100 rounded-lg bg-white shadow-xs ring-1 ring-gray-200">
      {subscriptions.map((s) => {
        const { label, tone } = SUBSCRIPTION_STATUS[s.status];
        return <Row key={s.id} title={s.productName} detail={`${formatMoney(s.amount, s.currency)} · ${renewal(s)}`} badge={<Badge tone={tone}>{label}</Badge>} />;
      })}
    </ul>
  );
}

export function OrderList({ orders }: { orders: PortalOrder[] }) {
  if (orders.length === 0) return <p className="text-sm text-gray-600">No orders.</p>;
  return (
    <ul aria-label="Orders" className="divide-y divide-gray-100 rounded-lg bg-white shadow-xs ring-1 ring-gray-200">
      {orders.map((o) => {
        const { label, tone } = ORDER_STATUS[o.status];
        const refunded = o.refundedAmount > 0 ? ` · ${formatMoney(o.refundedAmount, o.currency)} refunded` : "";
        return (
          <Row
            key={o.id}
            title={o.productName}
            detail={`${formatDay(o.createdAt)} · ${formatMoney(o.amount, o.currency)}${refunded}`}
            badge={<Badge tone={tone}>{label}</Badge>}
          />
        );
      })}
    </ul>
  );
}
