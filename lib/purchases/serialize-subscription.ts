import { customerSelect, serializeCustomer } from "@/lib/customers/serialize-customer";
import type { Prisma, RecurringInterval } from "@/lib/generated/prisma/client";
import { serializePrice } from "@/lib/products/serialize-price";
import { productSelect, serializeProduct } from "@/lib/products/serialize-product";

/** The subscription's own columns (what Polar nests in an order as OrderSubscription). */
export const subscriptionBaseSelect = {
  id: true,
  organizationId: true,
  customerId: true,
  productId: true,
  status: true,
  currentPeriodStart: true,
  currentPeriodEnd: true,
  cancelAtPeriodEnd: true,
  startedAt: true,
  canceledAt: true,
  endsAt: true,
  endedAt: true,
  pastDueAt: true,
  amount: true,
  currency: true,
  metadata: true,
  createdAt: true,
  modifiedAt: true,
} satisfies Prisma.SubscriptionSelect;

export const subscriptionSelect = {
  ...subscriptionBaseSelect,
  customer: { select: customerSelect },
  product: { select: productSelect },
} satisfies Prisma.SubscriptionSelect;

type SubscriptionBaseRow = Prisma.SubscriptionGetPayload<{ select: typeof subscriptionBaseSelect }>;
export type SubscriptionRow = Prisma.SubscriptionGetPayload<{ select: typeof subscriptionSelect }>;
type Interval = { recurringInterval: RecurringInterval | null; recurringIntervalCount: number | null };

const iso = (d: Date | null) => d?.toISOString() ?? null;

/**
 * Polar's OrderSubscription. The billing interval is the product's (fixed once created). Trial
 * dates are the current period while trialing. Not stored, so always empty: discounts, seats,
 * meters, pauses and the customer's cancellation reason.
 */
export function serializeSubscriptionBase(s: SubscriptionBaseRow, product: Interval) {
  const isTrialing = s.status === "trialing";
  return {
    metadata: s.metadata as Record<string, string | number | boolean>,
    created_at: s.createdAt.toISOString(),
    modified_at: s.modifiedAt.toISOString(),
    id: s.id,
    amount: s.amount,
    currency: s.currency,
    recurring_interval: product.recurringInterval ?? ("month" as const),
    recurring_interval_count: product.recurringIntervalCount ?? 1,
    status: s.status,
    current_period_start: s.currentPeriodStart.toISOString(),
    current_period_end: (s.currentPeriodEnd ?? s.currentPeriodStart).toISOString(),
    current_meter_period_start: null,
    current_meter_period_end: null,
    trial_start: isTrialing ? s.currentPeriodStart.toISOString() : null,
    trial_end: isTrialing ? iso(s.currentPeriodEnd) : null,
    cancel_at_period_end: s.cancelAtPeriodEnd,
    canceled_at: iso(s.canceledAt),
    started_at: iso(s.startedAt),
    ends_at: iso(s.endsAt),
    ended_at: iso(s.endedAt),
    past_due_at: iso(s.pastDueAt),
    pause_at_period_end: false,
    paused_at: null,
    resumes_at: null,
    customer_id: s.customerId,
    product_id: s.productId,
    discount_id: null,
    checkout_id: null,
    seats: null,
    units: null,
    customer_cancellation_reason: null,
    customer_cancellation_comment: null,
  };
}

/** The merchant view of a subscription, in Polar's shape (nested customer, product and prices). */
export function serializeSubscription(s: SubscriptionRow) {
  const product = serializeProduct(s.product);
  return {
    ...serializeSubscriptionBase(s, s.product),
    custom_field_data: {},
    customer: serializeCustomer(s.customer),
    product,
    discount: null,
    prices: s.product.prices.map(serializePrice),
    meters: [],
    pending_update: null,
  };
}

export type SubscriptionResponse = ReturnType<typeof serializeSubscription>;
