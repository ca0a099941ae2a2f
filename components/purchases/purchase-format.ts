import type { OrderStatus, SubscriptionStatus } from "@/lib/generated/prisma/enums";

type Tone = "gray" | "green" | "yellow" | "red" | "brand";

export const SUBSCRIPTION_STATUS: Record<SubscriptionStatus, { label: string; tone: Tone }> = {
  active: { label: "Active", tone: "green" },
  trialing: { label: "Trialing", tone: "brand" },
  past_due: { label: "Past due", tone: "yellow" },
  unpaid: { label: "Unpaid", tone: "red" },
  canceled: { label: "Canceled", tone: "gray" },
  incomplete: { label: "Incomplete", tone: "gray" },
  incomplete_expired: { label: "Expired", tone: "gray" },
};

export const ORDER_STATUS: Record<OrderStatus, { label: string; tone: Tone }> = {
  paid: { label: "Paid", tone: "green" },
  partially_refunded: { label: "Partially refunded", tone: "yellow" },
  refunded: { label: "Refunded", tone: "gray" },
};

const BILLING_REASON: Record<string, string> = {
  purchase: "One-time purchase",
  subscription_create: "Subscription start",
  subscription_cycle: "Renewal",
  subscription_update: "Plan change",
};

export function billingReasonLabel(reason: string): string {
  return BILLING_REASON[reason] ?? reason;
}

const date = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** An API timestamp as a date for tables (UTC, so server and browser render the same text). */
export function formatDay(iso: string | null | undefined, fallback = "—"): string {
  return iso ? date.format(new Date(iso)) : fallback;
}

/** An API timestamp with its time, in UTC. */
export function formatMoment(iso: string | null | undefined, fallback = "—"): string {
  return iso ? `${dateTime.format(new Date(iso))} UTC` : fallback;
}
