import { z } from "zod";
import { emailSchema } from "@/lib/customers/customer-input";

// PostgreSQL int4: amounts are stored as Int.
export const amountSchema = z.number().int("Must be an integer").min(0, "Must be greater than or equal to 0").max(2_147_483_647);

export const currencySchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{3}$/, "Must be a three-letter ISO 4217 currency code");

/** An ISO-8601 date-time with a timezone (Z or an offset), as a Date. */
export const dateTimeSchema = z.iso.datetime({ offset: true, error: "Must be an ISO-8601 date-time with a timezone" }).transform((v) => new Date(v));

const externalId = z.string().min(1, "At least 1 character").max(256, "At most 256 characters");

/**
 * Who bought: `customer_id`, or `external_customer_id` (+ `customer_email`/`customer_name` to
 * create the customer when none has that external id yet). Explicit nulls mean "not sent".
 */
export const purchaseCustomerFields = {
  customer_id: z.uuid().nullish().transform((v) => v ?? undefined),
  external_customer_id: externalId.nullish().transform((v) => v ?? undefined),
  customer_email: emailSchema.nullish().transform((v) => v ?? undefined),
  customer_name: z.string().trim().max(256, "At most 256 characters").nullish().transform((v) => v || null),
};

/** Exactly one of customer_id and external_customer_id. */
export function refineCustomerReference(body: { customer_id?: string; external_customer_id?: string }, ctx: z.RefinementCtx) {
  if (body.customer_id && body.external_customer_id) {
    ctx.addIssue({ code: "custom", path: ["external_customer_id"], message: "Send either customer_id or external_customer_id, not both" });
  } else if (!body.customer_id && !body.external_customer_id) {
    ctx.addIssue({ code: "custom", path: ["customer_id"], message: "Either customer_id or external_customer_id is required" });
  }
}
