import { z } from "zod";
import { metadataSchema } from "@/lib/api/metadata";
import { COUNTRY_CODES } from "@/lib/customers/countries";

// Emails are stored lower-cased, so the unique index on (organization, email) ignores case.
export const emailSchema = z.string().trim().toLowerCase().max(320, "At most 320 characters").pipe(z.email("Not a valid email address"));

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .transform((v) => (v === "" ? null : v));

export const addressSchema = z.object({
  line1: optionalText(255).nullish().transform((v) => v ?? null),
  line2: optionalText(255).nullish().transform((v) => v ?? null),
  postal_code: optionalText(32).nullish().transform((v) => v ?? null),
  city: optionalText(128).nullish().transform((v) => v ?? null),
  state: optionalText(128).nullish().transform((v) => v ?? null),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((c) => COUNTRY_CODES.has(c), "Must be an ISO 3166-1 alpha-2 country code"),
});

export type Address = z.output<typeof addressSchema>;

const name = optionalText(256);
const externalId = z.string().min(1, "At least 1 character").max(256, "At most 256 characters");
const taxId = z.string().trim().min(1, "At least 1 character").max(64, "At most 64 characters");
const locale = z
  .string()
  .trim()
  .max(35, "At most 35 characters")
  .regex(/^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$/, "Must be a locale such as en or en-US");
// Benefactor has individual customers only; Polar's team customers are refused clearly.
const individual = z.literal("individual", { error: "Only individual customers are supported" });

export const createCustomerBody = z.object({
  email: emailSchema,
  name: name.nullish().transform((v) => v ?? null),
  external_id: externalId.nullish().transform((v) => v ?? null),
  billing_address: addressSchema.nullish().transform((v) => v ?? null),
  tax_id: taxId.nullish().transform((v) => v ?? null),
  locale: locale.nullish().transform((v) => v ?? null),
  metadata: metadataSchema.default({}),
  organization_id: z.string().nullish(),
  type: individual.nullish(),
  // Polar's team owner; accepted and ignored for individuals.
  owner: z.unknown().optional(),
});

const leaveAlone = <T>(v: T | null | undefined): T | undefined => v ?? undefined;

/**
 * PATCH as in Polar: null leaves email, tax_id and metadata alone and clears name and locale;
 * external_id can be set once; a billing address, once set, cannot go back to null.
 */
export const updateCustomerBody = z.object({
  email: emailSchema.nullish().transform(leaveAlone),
  name: name.nullable().optional(),
  external_id: externalId.nullable().optional(),
  billing_address: addressSchema.nullable().optional(),
  tax_id: taxId.nullish().transform(leaveAlone),
  locale: locale.nullable().optional(),
  metadata: metadataSchema.nullish().transform(leaveAlone),
  type: individual.nullish(),
});

/** `PATCH /v1/customers/external/{external_id}`: the same without external_id. */
export const updateExternalCustomerBody = updateCustomerBody.omit({ external_id: true });

export type CreateCustomerInput = z.output<typeof createCustomerBody>;
export type UpdateCustomerInput = z.output<typeof updateCustomerBody>;
