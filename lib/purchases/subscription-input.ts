import { z } from "zod";
import { metadataSchema } from "@/lib/api/metadata";
import {
  amountSchema,
  currencySchema,
  dateTimeSchema,
  purchaseCustomerFields,
  refineCustomerReference,
} from "@/lib/purchases/purchase-input";

const unset = <T>(v: T | null | undefined): T | undefined => v ?? undefined;

/**
 * `POST /v1/subscriptions/`: Polar's SubscriptionCreate (customer_id or external_customer_id,
 * product_id, metadata) plus what a billing system knows: status, the current period (default:
 * from now, one product interval — the trial interval when trialing), amount and currency.
 */
export const createSubscriptionBody = z
  .object({
    ...purchaseCustomerFields,
    product_id: z.uuid(),
    status: z.enum(["active", "trialing"]).nullish().transform((v) => v ?? "active"),
    current_period_start: dateTimeSchema.nullish().transform(unset),
    current_period_end: dateTimeSchema.nullish().transform(unset),
    amount: amountSchema.nullish().transform(unset),
    currency: currencySchema.nullish().transform(unset),
    metadata: metadataSchema.nullish().transform((v) => v ?? {}),
    organization_id: z.string().nullish(),
  })
  .superRefine(refineCustomerReference);

export const UPDATE_STATUSES = ["active", "past_due", "canceled", "unpaid"] as const;

const reason = z.enum(["customer_service", "low_quality", "missing_features", "switched_service", "too_complex", "too_expensive", "unused", "other"]);

/** The changes `PATCH /v1/subscriptions/{id}` knows; one per request (metadata may ride along). */
const FORMS = ["cancel_at_period_end", "revoke", "status", "product_id", "current_period_end"] as const;

/**
 * `PATCH /v1/subscriptions/{id}`: Polar's `{cancel_at_period_end}`, `{revoke: true}` and
 * `{product_id}` forms, plus the billing system's `{status}` and renewal
 * `{current_period_start?, current_period_end}`.
 */
export const updateSubscriptionBody = z
  .object({
    cancel_at_period_end: z.boolean().nullish().transform(unset),
    revoke: z.literal(true, { error: "Must be true" }).nullish().transform(unset),
    status: z.enum(UPDATE_STATUSES).nullish().transform(unset),
    product_id: z.uuid().nullish().transform(unset),
    current_period_start: dateTimeSchema.nullish().transform(unset),
    current_period_end: dateTimeSchema.nullish().transform(unset),
    metadata: metadataSchema.nullish().transform(unset),
    // Polar fields accepted for compatibility (Benefactor does not store them; proration is the billing system's).
    customer_cancellation_reason: reason.nullish(),
    customer_cancellation_comment: z.string().max(1000).nullish(),
    proration_behavior: z.enum(["invoice", "prorate", "next_period", "reset"]).nullish(),
  })
  .superRefine((body, ctx) => {
    if (body.current_period_start && !body.current_period_end) {
      ctx.addIssue({ code: "custom", path: ["current_period_end"], message: "Required with current_period_start" });
    }
    const sent = FORMS.filter((f) => body[f] !== undefined || (f === "current_period_end" && body.current_period_start));
    if (sent.length === 0 && body.metadata === undefined) {
      ctx.addIssue({ code: "custom", path: [], message: `Nothing to update: send one of ${FORMS.join(", ")} or metadata` });
    }
    for (const extra of sent.slice(1)) {
      ctx.addIssue({ code: "custom", path: [extra], message: `Send one change per request (this request also sets ${sent[0]})` });
    }
  });

export type CreateSubscriptionInput = z.output<typeof createSubscriptionBody>;
// Every field is optional: callers inside Benefactor pass only the change they make.
export type UpdateSubscriptionInput = Partial<z.output<typeof updateSubscriptionBody>>;
