import { serializeProductBase } from "@/lib/products/serialize-product";
import { customerSelect, serializeCustomer } from "@/lib/customers/serialize-customer";
import type { Prisma } from "@/lib/generated/prisma/client";
import { serializeSubscriptionBase, subscriptionBaseSelect } from "@/lib/purchases/serialize-subscription";

const intervalSelect = { recurringInterval: true, recurringIntervalCount: true } as const;

const orderProductSelect = {
  id: true,
  organizationId: true,
  name: true,
  description: true,
  ...intervalSelect,
  trialInterval: true,
  trialIntervalCount: true,
  visibility: true,
  isArchived: true,
  metadata: true,
  createdAt: true,
  modifiedAt: true,
} satisfies Prisma.ProductSelect;

export const orderSelect = {
  id: true,
  organizationId: true,
  customerId: true,
  productId: true,
  subscriptionId: true,
  status: true,
  billingReason: true,
  amount: true,
  currency: true,
  refundedAmount: true,
  refundedAt: true,
  benefitsRevokedAt: true,
  metadata: true,
  createdAt: true,
  modifiedAt: true,
  customer: { select: customerSelect },
  product: { select: orderProductSelect },
  subscription: { select: { ...subscriptionBaseSelect, product: { select: intervalSelect } } },
} satisfies Prisma.OrderSelect;

export type OrderRow = Prisma.OrderGetPayload<{ select: typeof orderSelect }>;

type BillingReason = "purchase" | "subscription_create" | "subscription_cycle" | "subscription_update";

/**
 * The merchant view of an order, in Polar's shape. Benefactor records what the merchant's billing
 * system charged: one line item, no tax, discount or platform fee, no invoice.
 */
export function serializeOrder(o: OrderRow) {
  const p = o.product;
  const createdAt = o.createdAt.toISOString();
  return {
    id: o.id,
    created_at: createdAt,
    modified_at: o.modifiedAt.toISOString(),
    status: o.status,
    paid: true,
    subtotal_amount: o.amount,
    discount_amount: 0,
    net_amount: o.amount,
    tax_amount: 0,
    total_amount: o.amount,
    applied_balance_amount: 0,
    due_amount: 0,
    refunded_amount: o.refundedAmount,
    refunded_tax_amount: 0,
    currency: o.currency,
    billing_reason: o.billingReason as BillingReason,
    billing_name: o.customer.billingName,
    billing_address: serializeCustomer(o.customer).billing_address,
    invoice_number: null,
    is_invoice_generated: false,
    receipt_number: null,
    seats: null,
    units: null,
    customer_id: o.customerId,
    product_id: o.productId,
    discount_id: null,
    subscription_id: o.subscriptionId,
    checkout_id: null,
    metadata: o.metadata as Record<string, string | number | boolean>,
    custom_field_data: {},
    platform_fee_amount: 0,
    platform_fee_currency: null,
    customer: serializeCustomer(o.customer),
    product: serializeProductBase(p),
    discount: null,
    subscription: o.subscription ? serializeSubscriptionBase(o.subscription, o.subscription.product) : null,
    // One line per order; its id is the order's (Benefactor stores no separate items).
    items: [
      {
        created_at: createdAt,
        modified_at: o.modifiedAt.toISOString(),
        id: o.id,
        label: p.name,
        amount: o.amount,
        tax_amount: 0,
        proration: false,
        product_price_id: null,
        start_timestamp: null,
        end_timestamp: null,
      },
    ],
    description: p.name,
    refundable_amount: o.amount - o.refundedAmount,
    refundable_tax_amount: 0,
  };
}

export type OrderResponse = ReturnType<typeof serializeOrder>;
