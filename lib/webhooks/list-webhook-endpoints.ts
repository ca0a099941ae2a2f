import { pageArgs, type Page } from "@/lib/api/pagination";
import type { DbTx } from "@/lib/db";
import { webhookEndpointSelect } from "@/lib/webhooks/serialize-webhook-endpoint";

export async function listWebhookEndpoints(db: DbTx, organizationId: string, page: Page) {
  const where = { organizationId };
  const [items, total] = await Promise.all([
    db.webhookEndpoint.findMany({ where, select: webhookEndpointSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...pageArgs(page) }),
    db.webhookEndpoint.count({ where }),
  ]);
  return { items, total };
}
