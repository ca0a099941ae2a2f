import type { ProductResponse } from "@/lib/products/serialize-product";

type Interval = "day" | "week" | "month" | "year";

const EVERY: Record<Interval, [one: string, many: string]> = {
  day: ["Daily", "days"],
  week: ["Weekly", "weeks"],
  month: ["Monthly", "months"],
  year: ["Yearly", "years"],
};

/** "One-time", "Monthly", "Every 3 months". */
export function billingLabel(interval: Interval | null, count: number | null): string {
  if (!interval) return "One-time";
  const [one, many] = EVERY[interval];
  return !count || count === 1 ? one : `Every ${count} ${many}`;
}

/** 1999, "usd" → "$19.99". */
export function formatMoney(cents: number, currency: string): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() }).format(cents / 100);
}

/** What the product costs, as a merchant reads it: "$19.99", "Free", "Pay what you want (from $5.00)". */
export function priceLabel(prices: ProductResponse["prices"], interval: Interval | null): string {
  const price = prices[0];
  if (!price) return "No price";
  const per = interval ? ` / ${interval}` : "";
  if (price.amount_type === "custom") {
    return price.minimum_amount > 0 ? `Pay what you want (from ${formatMoney(price.minimum_amount, price.price_currency)})` : "Pay what you want";
  }
  if (price.price_amount === 0) return "Free";
  return `${formatMoney(price.price_amount, price.price_currency)}${per}`;
}

/** Cents as the text a merchant edits: 1999 → "19.99", 1900 → "19". */
export function centsToText(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

/** "19.99" → 1999; null when the text is not an amount with at most two decimals. */
export function textToCents(text: string): number | null {
  const cleaned = text.replace(/[\s,$€£]/g, "");
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const [whole, fraction = ""] = cleaned.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

export const CURRENCIES = [
  { value: "usd", label: "USD — US dollar" },
  { value: "eur", label: "EUR — Euro" },
  { value: "gbp", label: "GBP — British pound" },
  { value: "cad", label: "CAD — Canadian dollar" },
  { value: "aud", label: "AUD — Australian dollar" },
  { value: "chf", label: "CHF — Swiss franc" },
];

export const INTERVAL_OPTIONS = [
  { value: "month", label: "Monthly" },
  { value: "year", label: "Yearly" },
  { value: "week", label: "Weekly" },
  { value: "day", label: "Daily" },
];
