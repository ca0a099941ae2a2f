import { pageArgs, type Page } from "@/lib/api/pagination";
import type { DbTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { webhookDeliverySelect } from "@/lib/webhooks/serialize-webhook-delivery";

export type WebhookDeliveryFilters = {
  endpointIds?: string[];
  eventTypes?: string[];
  succeeded?: boolean;
  httpCodeClass?: "2xx" | "3xx" | "4xx" | "5xx";
  start?: Date;
  end?: Date;
};

/** The organization's delivery attempts, newest first. */
export async function listWebhookDeliveries(db: DbTx, organizationId: string, filters: WebhookDeliveryFilters, page: Page) {
  const classStart = filters.httpCodeClass ? Number(filters.httpCodeClass[0]) * 100 : null;
  const where: Prisma.WebhookDeliveryWhereInput = {
    endpoint: { organizationId },
    ...(filters.endpointIds?.length ? { endpointId: { in: filters.endpointIds } } : {}),
    ...(filters.eventTypes?.length ? { event: { type: { in: filters.eventTypes } } } : {}),
    ...(filters.succeeded !== undefined ? { succeeded: filters.succeeded } : {}),
    ...(classStart !== null ? { httpCode: { gte: classStart, lt: classStart + 100 } } : {}),
    ...(filters.start || filters.end ? { createdAt: { gte: filters.start, lte: filters.end } } : {}),
  };
  const [items, total] = await Promise.all([
    db.webhookDelivery.findMany({ where, select: webhookDeliverySelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...pageArgs(page) }),
    db.webhookDelivery.count({ where }),
  ]);
  return { items, total };
}
