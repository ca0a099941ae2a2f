// A datetime-local input has no time zone: the dashboard reads and writes it as UTC, and says so
// in the label, so what the merchant types is what the API stores.

/** An API timestamp (or null) as the input's value, "2031-02-03T04:05:06". */
export function toUtcInput(iso: string | null | undefined): string {
  return iso ? new Date(iso).toISOString().slice(0, 19) : "";
}

/** The input's value as an ISO-8601 UTC timestamp; empty is null (no expiry). */
export function fromUtcInput(value: string): string | null {
  if (!value) return null;
  return value.length === 16 ? `${value}:00Z` : `${value}Z`;
}
