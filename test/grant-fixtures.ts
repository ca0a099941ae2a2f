// Grant-engine test helpers. Tests drive the engine themselves (reconcileGrant & co.), so the jobs
// a helper enqueues are marked done before commit: a job runner in the app server cannot race them.
import { db, type DbTx } from "@/lib/db";
import type { WebhookEventType } from "@/lib/webhooks/event-types";
import { setScopeGrants } from "@/lib/grants/set-scope-grants";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/event-types";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { createTestBenefit, createTestCustomer, createTestOrg, createTestProduct } from "@/test/factories";

const worldOrgIds: string[] = [];

/** An organization with a customer, a product, a paid order and an endpoint listening to every event. */
export async function createGrantWorld(benefitInputs: Parameters<typeof createTestBenefit>[1][] = [{}]) {
  const world = await createTestOrg();
  worldOrgIds.push(world.org.id);
  const benefits = [];
  for (const input of benefitInputs) benefits.push(await createTestBenefit(world.org.id, input));
  const customer = await createTestCustomer(world.org.id);
  const product = await createTestProduct(world.org.id);
  // Nothing listens there: deliveries fail quietly; tests read the recorded events instead.
  await createWebhookEndpoint(db, world.org.id, { url: "http://127.0.0.1:9/hooks", events: [...WEBHOOK_EVENT_TYPES], format: "raw" });
  return { ...world, benefits, customer, product };
}

/**
 * For afterAll: the worlds' endpoints point nowhere, so their deliveries are marked done rather
 * than retried for a day by whatever runner shares the test database.
 */
export async function settleWorldDeliveries() {
  await db.outbox.updateMany({
    where: { organizationId: { in: worldOrgIds.splice(0) }, name: "webhooks/event.delivery-requested", completedAt: null },
    data: { completedAt: new Date() },
  });
}

export function createTestOrder(organizationId: string, customerId: string, productId: string) {
  return db.order.create({ data: { organizationId, customerId, productId }, select: { id: true } });
}

/** setScopeGrants for an order, with its reconcile jobs marked done (the test runs them). */
export async function holdBenefits(organizationId: string, customerId: string, orderId: string, benefitIds: string[]) {
  return db.$transaction(async (tx) => {
    const result = await setScopeGrants(tx, { organizationId, customerId, scope: { orderId }, benefitIds });
    await markJobsDone(tx, organizationId);
    return result;
  });
}

/** Marks the organization's pending jobs done so nothing but the test runs them; returns them. */
export async function markJobsDone(tx: DbTx, organizationId: string) {
  const jobs = await tx.outbox.findMany({
    where: { organizationId, completedAt: null, name: { startsWith: "grants/" } },
    select: { id: true, name: true, data: true, concurrencyKey: true },
  });
  await tx.outbox.updateMany({ where: { id: { in: jobs.map((j) => j.id) } }, data: { completedAt: new Date() } });
  return jobs;
}

/** The webhook events recorded for one grant (or benefit), oldest first. */
export async function eventsFor(organizationId: string, subjectId: string, type?: WebhookEventType) {
  const rows = await db.webhookEvent.findMany({
    where: { organizationId, ...(type ? { type } : {}), payload: { path: ["data", "id"], equals: subjectId } },
    select: { type: true, payload: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => ({ type: r.type, data: (r.payload as { data: Record<string, unknown> }).data }));
}

export function getGrant(id: string) {
  return db.benefitGrant.findUniqueOrThrow({ where: { id } });
}
