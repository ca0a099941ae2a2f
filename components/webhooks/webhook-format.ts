const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

/** A moment for the delivery log, formatted on the server (UTC) so it renders the same everywhere. */
export function formatDateTime(date: Date): string {
  return `${dateTime.format(date)} UTC`;
}

/** "200", "500" or "No response" for an attempt without an HTTP answer. */
export function formatHttpCode(code: number | null): string {
  return code === null ? "No response" : String(code);
}
