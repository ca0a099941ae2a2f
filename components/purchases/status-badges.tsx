import { ORDER_STATUS, SUBSCRIPTION_STATUS } from "@/components/purchases/purchase-format";
import { Badge } from "@/components/ui/misc";
import type { OrderStatus, SubscriptionStatus } from "@/lib/generated/prisma/enums";

export function SubscriptionStatusBadge({ status }: { status: SubscriptionStatus }) {
  const { label, tone } = SUBSCRIPTION_STATUS[status];
  return <Badge tone={tone}>{label}</Badge>;
}

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { label, tone } = ORDER_STATUS[status];
  return <Badge tone={tone}>{label}</Badge>;
}
