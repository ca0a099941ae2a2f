const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/** A date for tables, formatted on the server so it renders the same everywhere (UTC). */
export function formatDate(date: Date | null | undefined, fallback = "—"): string {
  return date ? dateFormat.format(date) : fallback;
}
