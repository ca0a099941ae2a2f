import { z } from "zod";
import { purchaseCustomerFields, refineCustomerReference } from "@/lib/purchases/purchase-input";

// Benefactor customers are individuals without members: a member reference cannot be honoured,
// so it is refused on its field instead of being silently ignored.
const noMember = z.null({ error: "Benefactor customers have no members: leave this out" }).optional();

/**
 * `POST /v1/customer-sessions/`: Polar's CustomerSessionCustomerIDCreate or
 * CustomerSessionCustomerExternalIDCreate (exactly one of customer_id and external_customer_id).
 */
export const createCustomerSessionBody = z
  .object({
    customer_id: purchaseCustomerFields.customer_id,
    external_customer_id: purchaseCustomerFields.external_customer_id,
    return_url: z
      .url({ protocol: /^https?$/, error: "Must be an http or https URL" })
      .max(2048, "At most 2048 characters")
      .nullish()
      .transform((v) => v ?? null),
    member_id: noMember,
    external_member_id: noMember,
  })
  .superRefine(refineCustomerReference);

export type CreateCustomerSessionInput = z.output<typeof createCustomerSessionBody>;
