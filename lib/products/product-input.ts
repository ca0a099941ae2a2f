import { z } from "zod";
import { metadataSchema } from "@/lib/api/metadata";

// PostgreSQL int4: amounts are stored as Int.
const INT_MAX = 2_147_483_647;

export const INTERVALS = ["day", "week", "month", "year"] as const;
export const VISIBILITIES = ["draft", "private", "public"] as const;

const interval = z.enum(INTERVALS);
const visibility = z.enum(VISIBILITIES);
const amount = z.number().int().min(0).max(INT_MAX);

export const productName = z.string().trim().min(3, "At least 3 characters").max(64, "At most 64 characters");

// Polar turns an empty description into null.
const description = z
  .string()
  .trim()
  .max(10_000, "At most 10000 characters")
  .transform((v) => (v === "" ? null : v));

const priceCommon = {
  price_currency: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{3}$/, "Must be a three-letter ISO 4217 currency code")
    .default("usd"),
  // Accepted for compatibility; the merchant's billing system decides taxes.
  tax_behavior: z.enum(["location", "inclusive", "exclusive"]).nullish(),
};

const fixedPrice = z.object({ amount_type: z.literal("fixed"), price_amount: amount, ...priceCommon });

// Pay what you want: Polar's defaults and bounds (minimum 50 cents unless 0 = "free or pay what you want").
const customPrice = z
  .object({
    amount_type: z.literal("custom"),
    minimum_amount: amount.default(50),
    maximum_amount: amount.min(1).nullish().transform((v) => v ?? null),
    preset_amount: amount.nullish().transform((v) => v ?? null),
    ...priceCommon,
  })
  .superRefine((p, ctx) => {
    if (p.maximum_amount !== null && p.maximum_amount < p.minimum_amount) {
      ctx.addIssue({ code: "custom", path: ["maximum_amount"], message: "Must be greater than or equal to minimum_amount" });
    }
    if (p.preset_amount !== null && (p.preset_amount < p.minimum_amount || (p.maximum_amount !== null && p.preset_amount > p.maximum_amount))) {
      ctx.addIssue({ code: "custom", path: ["preset_amount"], message: "Must be between minimum_amount and maximum_amount" });
    }
  });

// Polar's older API has a free price type; 2026-10 shows it as fixed with price_amount 0.
const freePrice = z.object({ amount_type: z.literal("free"), ...priceCommon });

const amountTypeError = { error: "Must be one of: fixed, custom, free" };

export const priceCreate = z.discriminatedUnion("amount_type", [fixedPrice, customPrice, freePrice], amountTypeError);

/** In a PATCH, `{id}` keeps an existing price and an object with `amount_type` creates one. */
const priceUpdateItem = z.discriminatedUnion(
  "amount_type",
  [z.object({ amount_type: z.undefined().optional(), id: z.uuid() }), fixedPrice, customPrice, freePrice],
  amountTypeError,
);

export type PriceCreate = z.output<typeof priceCreate>;
export type PriceItem = z.output<typeof priceUpdateItem>;

const leaveAlone = <T>(v: T | null | undefined): T | undefined => v ?? undefined;

export const createProductBody = z.object({
  name: productName,
  description: description.nullish().transform((v) => v ?? null),
  recurring_interval: interval.nullish(),
  recurring_interval_count: z.number().int().min(1).max(999).nullish(),
  trial_interval: interval.nullish(),
  trial_interval_count: z.number().int().min(1).max(1000).nullish(),
  visibility: visibility.nullish().transform((v) => v ?? "public"),
  prices: z.array(priceCreate).max(20).nullish().transform((v) => v ?? []),
  metadata: metadataSchema.default({}),
  organization_id: z.string().nullish(),
  // Accepted so Polar payloads pass; Benefactor has no product media or checkout custom fields.
  medias: z.array(z.string()).nullish(),
  attached_custom_fields: z.array(z.unknown()).nullish(),
});

// Explicit nulls: "leave alone" for required fields, "clear" for nullable ones (as in Polar).
export const updateProductBody = z.object({
  name: productName.nullish().transform(leaveAlone),
  description: description.nullable().optional(),
  recurring_interval: interval.nullable().optional(),
  recurring_interval_count: z.number().int().min(1).max(999).nullable().optional(),
  trial_interval: interval.nullable().optional(),
  trial_interval_count: z.number().int().min(1).max(1000).nullable().optional(),
  is_archived: z.boolean().nullish().transform(leaveAlone),
  visibility: visibility.nullish().transform(leaveAlone),
  prices: z.array(priceUpdateItem).max(20).nullish().transform(leaveAlone),
  metadata: metadataSchema.nullish().transform(leaveAlone),
  medias: z.array(z.string()).nullish(),
  attached_custom_fields: z.array(z.unknown()).nullish(),
});

export type CreateProductInput = z.output<typeof createProductBody>;
export type UpdateProductInput = z.output<typeof updateProductBody>;
