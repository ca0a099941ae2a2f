import { z } from "zod";
import { metadataSchema } from "@/lib/api/metadata";
import { amountSchema, currencySchema, purchaseCustomerFields, refineCustomerReference } from "@/lib/purchases/purchase-input";

/**
 * `POST /v1/orders/`: Polar's OrderCreate (customer_id, product_id, amount, currency, metadata)
 * plus `external_customer_id` and the fields to create that customer. The amount and currency
 * default to the product's price.
 */
export const createOrderBody = z
  .object({
    ...purchaseCustomerFields,
    product_id: z.uuid(),
    amount: amountSchema.nullish().transform((v) => v ?? undefined),
    currency: currencySchema.nullish().transform((v) => v ?? undefined),
    metadata: metadataSchema.nullish().transform((v) => v ?? {}),
    organization_id: z.string().nullish(),
    // Polar fields accepted for compatibility; Benefactor has no seats or custom fields on orders.
    units: z.number().int().nullish(),
    custom_field_data: z.record(z.string(), z.unknown()).nullish(),
  })
  .superRefine(refineCustomerReference);

/**
 * `POST /v1/orders/{id}/refund`: the amount defaults to what is left to refund. With
 * `revoke_benefits` the order's benefits are taken back (for an order of a subscription: the
 * subscription is revoked). Polar's `reason`, `comment` and `metadata` are accepted.
 */
export const refundOrderBody = z.object({
  amount: amountSchema.nullish().transform((v) => v ?? undefined),
  revoke_benefits: z.boolean().nullish().transform((v) => v ?? false),
  reason: z
    .enum(["duplicate", "fraudulent", "customer_request", "service_disruption", "satisfaction_guarantee", "dispute_prevention", "other"])
    .nullish(),
  comment: z.string().max(1000).nullish(),
  metadata: metadataSchema.nullish(),
});

export type CreateOrderInput = z.output<typeof createOrderBody>;
export type RefundOrderInput = z.output<typeof refundOrderBody>;
