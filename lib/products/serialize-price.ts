import type { ProductPrice } from "@/lib/generated/prisma/client";

export type PriceRow = Pick<
  ProductPrice,
  | "id"
  | "productId"
  | "amountType"
  | "priceAmount"
  | "minimumAmount"
  | "maximumAmount"
  | "presetAmount"
  | "priceCurrency"
  | "isArchived"
  | "createdAt"
  | "modifiedAt"
>;

export const priceSelect = {
  id: true,
  productId: true,
  amountType: true,
  priceAmount: true,
  minimumAmount: true,
  maximumAmount: true,
  presetAmount: true,
  priceCurrency: true,
  isArchived: true,
  createdAt: true,
  modifiedAt: true,
} as const;

/** Polar's ProductPrice. API 2026-10 has no free type: a free price is fixed at 0. */
export function serializePrice(p: PriceRow) {
  const common = {
    id: p.id,
    created_at: p.createdAt.toISOString(),
    modified_at: p.modifiedAt.toISOString(),
    source: "catalog" as const,
    price_currency: p.priceCurrency,
    tax_behavior: null,
    is_archived: p.isArchived,
    product_id: p.productId,
  };
  if (p.amountType === "custom") {
    return {
      ...common,
      amount_type: "custom" as const,
      minimum_amount: p.minimumAmount ?? 0,
      maximum_amount: p.maximumAmount,
      preset_amount: p.presetAmount,
    };
  }
  return { ...common, amount_type: "fixed" as const, price_amount: p.amountType === "free" ? 0 : (p.priceAmount ?? 0) };
}
