// Sizes read the same in the dashboard, the portal and the API's `size_readable`.
export { sizeReadable as formatBytes } from "@/lib/files/size-readable";

const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** An ISO timestamp as "Dec 4, 2026, 3:05 PM UTC" (UTC so server and browser render alike). */
export function formatDateTime(iso: string | null | undefined, fallback = "—"): string {
  return iso ? `${dateTime.format(new Date(iso))} UTC` : fallback;
}
