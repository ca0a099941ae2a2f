import type { RecurringInterval } from "@/lib/generated/prisma/client";

/**
 * `date` plus `count` intervals, in UTC. Months and years keep the day of the month and clamp it
 * to the target month's last day (Jan 31 + 1 month = Feb 28/29), as billing systems do.
 */
export function addInterval(date: Date, interval: RecurringInterval, count: number): Date {
  const result = new Date(date.getTime());
  if (interval === "day" || interval === "week") {
    result.setUTCDate(result.getUTCDate() + count * (interval === "week" ? 7 : 1));
    return result;
  }
  const months = interval === "year" ? count * 12 : count;
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}
