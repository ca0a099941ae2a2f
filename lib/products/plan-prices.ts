import { ApiError } from "@/lib/api/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PriceCreate, PriceItem } from "@/lib/products/product-input";

type StoredPrice = { id: string; priceCurrency: string };

export type PricePlan = {
  create: Prisma.ProductPriceCreateManyProductInput[];
  /** Live prices the request left out: Polar archives them, orders keep pointing at them. */
  archiveIds: string[];
};

/**
 * Turns a create or replace list into the rows to write. Every supported price (fixed, custom,
 * free) is a static price, and Polar allows one static price per currency.
 */
export function planPrices(current: StoredPrice[], items: PriceItem[]): PricePlan {
  const kept = new Set<string>();
  const currencies = new Set<string>();
  const create: PricePlan["create"] = [];

  items.forEach((item, index) => {
    let currency: string;
    if (item.amount_type === undefined) {
      const price = current.find((p) => p.id === item.id);
      if (!price) throw ApiError.invalid(["body", "prices", index], "Price does not exist");
      if (kept.has(price.id)) throw ApiError.invalid(["body", "prices", index], "Price is listed more than once");
      kept.add(price.id);
      currency = price.priceCurrency;
    } else {
      create.push(toPriceRow(item));
      currency = item.price_currency;
    }
    if (currencies.has(currency)) {
      throw ApiError.invalid(["body", "prices", index], `Only one price per currency is allowed (${currency} appears twice)`);
    }
    currencies.add(currency);
  });

  return { create, archiveIds: current.filter((p) => !kept.has(p.id)).map((p) => p.id) };
}

function toPriceRow(price: PriceCreate): Prisma.ProductPriceCreateManyProductInput {
  const base = { amountType: price.amount_type, priceCurrency: price.price_currency };
  switch (price.amount_type) {
    case "fixed":
      return { ...base, priceAmount: price.price_amount };
    case "custom":
      return {
        ...base,
        minimumAmount: price.minimum_amount,
        maximumAmount: price.maximum_amount,
        presetAmount: price.preset_amount,
      };
    case "free":
      return base;
  }
}
