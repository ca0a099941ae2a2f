import { z } from "zod";

/**
 * `POST /v1/meters/{id}/credits` (Benefactor's): a manual top-up of one customer's balance on
 * the meter, by `customer_id` or `external_customer_id`.
 */
export const meterCreditBody = z
  .object({
    customer_id: z.uuid("Not a customer id").nullish(),
    external_customer_id: z.string().min(1).max(256).nullish(),
    units: z.number().positive("Must be greater than 0").max(1e12, "At most 1e12 units at once"),
    reason: z.string().trim().max(500).nullish(),
  })
  .superRefine((b, ctx) => {
    if (b.customer_id && b.external_customer_id) {
      ctx.addIssue({ code: "custom", path: ["external_customer_id"], message: "Send customer_id or external_customer_id, not both" });
    } else if (!b.customer_id && !b.external_customer_id) {
      ctx.issues.push({ code: "invalid_type", expected: "string", path: ["customer_id"], input: undefined, message: "Field required" });
    }
  });

export type MeterCreditInput = z.output<typeof meterCreditBody>;
