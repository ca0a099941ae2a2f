import { ApiError, type ValidationIssue } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";
import type { EventInput } from "@/lib/meters/event-input";

/**
 * The customer id of each event, from its `customer_id` or `external_customer_id`, among the
 * organization's live customers. Every event whose customer is unknown is reported at its own
 * `loc`, and the batch is refused: usage is never recorded against nobody. So is an event naming
 * another organization in `organization_id`.
 */
export async function resolveEventCustomers(db: DbTx, organizationId: string, events: EventInput[]): Promise<string[]> {
  const ids = [...new Set(events.flatMap((e) => (e.customer_id ? [e.customer_id] : [])))];
  const externalIds = [...new Set(events.flatMap((e) => (e.external_customer_id ? [e.external_customer_id] : [])))];
  const customers = await db.customer.findMany({
    where: { organizationId, deletedAt: null, OR: [{ id: { in: ids } }, { externalId: { in: externalIds } }] },
    select: { id: true, externalId: true },
  });
  const knownIds = new Set(customers.map((c) => c.id));
  const byExternalId = new Map(customers.flatMap((c) => (c.externalId ? [[c.externalId, c.id] as const] : [])));

  const issues: ValidationIssue[] = [];
  const resolved = events.map((e, i) => {
    if (e.organization_id && e.organization_id !== organizationId) {
      issues.push({ loc: ["body", "events", i, "organization_id"], msg: "Does not match the organization of your access token", type: "value_error" });
    }
    const id = e.customer_id ? (knownIds.has(e.customer_id) ? e.customer_id : undefined) : byExternalId.get(e.external_customer_id!);
    if (!id) {
      const field = e.customer_id ? "customer_id" : "external_customer_id";
      issues.push({ loc: ["body", "events", i, field], msg: "Customer does not exist", type: "value_error" });
    }
    return id ?? "";
  });
  if (issues.length > 0) throw new ApiError("validation", issues);
  return resolved;
}
