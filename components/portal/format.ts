// Dates in UTC so the server and the browser render the same text.
const day = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export function formatDay(iso: string | null, fallback = "—"): string {
  return iso ? day.format(new Date(iso)) : fallback;
}

export function formatMoney(cents: number, currency: string): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() }).format(cents / 100);
}
