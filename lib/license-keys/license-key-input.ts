import { z } from "zod";
import { LicenseKeyStatus } from "@/lib/generated/prisma/enums";
import { dateTimeSchema, purchaseCustomerFields } from "@/lib/purchases/purchase-input";

// Plain zod and enums only: the dashboard's forms import these schemas too.

/** Same bound as a license_keys benefit's `activations.limit`. */
export const MAX_ACTIVATION_LIMIT = 50;
const INT4_MAX = 2_147_483_647;

const usageSchema = z.number().int("Must be an integer").min(0, "Must be greater than or equal to 0").max(INT4_MAX);
const limitActivationsSchema = z
  .number()
  .int("Must be an integer")
  .min(1, "Must be at least 1 (null for unlimited)")
  .max(MAX_ACTIVATION_LIMIT, `At most ${MAX_ACTIVATION_LIMIT} activations`);
const limitUsageSchema = z.number().int("Must be an integer").min(1, "Must be at least 1 (null for unlimited)").max(INT4_MAX);
const statusSchema = z.enum(LicenseKeyStatus, "Must be one of: granted, revoked, disabled");

export const usageAboveLimit = (limit: number) => `Cannot exceed the usage limit (${limit})`;
export const limitBelowUsage = (usage: number) => `Cannot be below the current usage (${usage})`;
export const limitBelowActivations = (count: number) =>
  `The key has ${count} activation${count === 1 ? "" : "s"}: allow at least ${count}, or delete activations first`;

/** Both values sent and inconsistent: say so on `usage` before the database is even read. */
function refineUsage(body: { usage?: number | null; limit_usage?: number | null }, ctx: z.RefinementCtx) {
  if (typeof body.usage === "number" && typeof body.limit_usage === "number" && body.usage > body.limit_usage) {
    ctx.addIssue({ code: "custom", path: ["usage"], message: usageAboveLimit(body.limit_usage) });
  }
}

/**
 * `PATCH /v1/license-keys/{id}`: Polar's LicenseKeyUpdate. A field left out keeps its value;
 * `null` on a limit or `expires_at` means "none". Rules that need the stored row (usage against
 * a stored limit, the activation count) are checked by updateLicenseKey under the row lock.
 */
export const updateLicenseKeyBody = z
  .object({
    status: statusSchema.nullish().transform((v) => v ?? undefined),
    usage: usageSchema.optional(),
    limit_activations: limitActivationsSchema.nullable().optional(),
    limit_usage: limitUsageSchema.nullable().optional(),
    expires_at: dateTimeSchema.nullable().optional(),
  })
  .superRefine(refineUsage);

export type UpdateLicenseKeyInput = z.output<typeof updateLicenseKeyBody>;

/**
 * `POST /v1/license-keys/import` (Benefactor's): a key issued by another system, attached to a
 * customer and a license_keys benefit. The customer is `customer_id`; or `external_customer_id`
 * (created with `customer_email`/`customer_name` when unknown, as for POST /v1/orders/); or
 * `customer_email` alone — that customer, created if the organization has none with the email.
 * Limits left out come from the benefit; `null` means unlimited. Nothing expires unless
 * `expires_at` says so: the key's life started in the other system.
 */
export const importLicenseKeyBody = z
  .object({
    key: z
      .string()
      .trim()
      .min(6, "At least 6 characters")
      .max(256, "At most 256 characters")
      .regex(/^[\x21-\x7E]+$/, "Use letters, digits and symbols only (no spaces)"),
    benefit_id: z.uuid("Must be a benefit ID"),
    ...purchaseCustomerFields,
    status: statusSchema.nullish().transform((v) => v ?? "granted"),
    usage: usageSchema.nullish().transform((v) => v ?? 0),
    limit_activations: limitActivationsSchema.nullable().optional(),
    limit_usage: limitUsageSchema.nullable().optional(),
    expires_at: dateTimeSchema.nullish().transform((v) => v ?? null),
  })
  .superRefine((body, ctx) => {
    if (body.customer_id && body.external_customer_id) {
      ctx.addIssue({ code: "custom", path: ["external_customer_id"], message: "Send either customer_id or external_customer_id, not both" });
    } else if (!body.customer_id && !body.external_customer_id && !body.customer_email) {
      ctx.addIssue({ code: "custom", path: ["customer_id"], message: "Either customer_id, external_customer_id or customer_email is required" });
    }
    refineUsage(body, ctx);
  });

export type ImportLicenseKeyInput = z.output<typeof importLicenseKeyBody>;
