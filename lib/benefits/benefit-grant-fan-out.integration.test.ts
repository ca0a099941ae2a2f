import { afterAll, expect, test, vi } from "vitest";
import { updateBenefitBody } from "@/lib/benefits/benefit-input";
import { deleteBenefit } from "@/lib/benefits/delete-benefit";
import { customStrategy } from "@/lib/benefits/custom/strategy";
import { updateBenefit } from "@/lib/benefits/update-benefit";
import { db } from "@/lib/db";
import { reapplyGrant } from "@/lib/grants/reapply-grant";
import { reapplyGrantBatch, splitReapplyBatch } from "@/lib/grants/reapply-grant-batch";
import { REAPPLY_BATCH_SIZE } from "@/lib/grants/request-benefit-reapply";
import { PermanentJobError, RetryableJobError } from "@/lib/jobs/job-errors";
import { reconcileGrant } from "@/lib/grants/reconcile-grant";
import { createGrantWorld, createTestOrder, eventsFor, getGrant, holdBenefits, markJobsDone, settleWorldDeliveries } from "@/test/grant-fixtures";
import { createTestBenefit, randomSuffix } from "@/test/factories";

afterAll(settleWorldDeliveries);

/** `count` customers, each granted the benefit through an order (rows written in bulk). */
async function grantToMany(organizationId: string, benefitId: string, productId: string, count: number) {
  const customers = await db.customer.createManyAndReturn({
    data: Array.from({ length: count }, () => ({ organizationId, email: `bulk-${randomSuffix()}@test.local` })),
    select: { id: true },
  });
  const orders = await db.order.createManyAndReturn({
    data: customers.map((c) => ({ organizationId, customerId: c.id, productId })),
    select: { id: true, customerId: true },
  });
  await db.benefitGrant.createMany({
    data: orders.map((o) => ({
      organizationId,
      customerId: o.customerId,
      benefitId,
      orderId: o.id,
      scope: `order:${o.id}`,
      status: "granted",
      target: "granted",
      grantedAt: new Date(),
      properties: { note: "A note" },
    })),
  });
}

test("editing a benefit's properties queues re-apply batches covering every holding grant in one statement", async () => {
  const { org, customer, product, benefits } = await createGrantWorld();
  const benefit = benefits[0];
  await grantToMany(org.id, benefit.id, product.id, 300);
  // One more grant that failed: it holds nothing, so it is not re-applied.
  const order = await createTestOrder(org.id, customer.id, product.id);
  const [mine] = (await holdBenefits(org.id, customer.id, order.id, [benefit.id])).grantIds;
  await reconcileGrant(db, mine);
  await db.benefitGrant.create({
    data: { organizationId: org.id, customerId: customer.id, benefitId: benefit.id, scope: "manual:failed", status: "failed" },
  });

  await updateBenefit(db, org.id, benefit.id, updateBenefitBody.parse({ properties: { note: "New note" } }));
  const jobs = await markJobsDone(db, org.id);
  expect(jobs).toHaveLength(Math.ceil(301 / REAPPLY_BATCH_SIZE));
  expect(jobs.every((j) => j.name === "grants/grant-batch.reapply-requested" && j.concurrencyKey === null)).toBe(true);
  const batches = jobs.map((j) => j.data as { benefitId: string; grantIds: string[] });
  expect(batches.every((b) => b.benefitId === benefit.id && b.grantIds.length <= REAPPLY_BATCH_SIZE)).toBe(true);
  const holding = await db.benefitGrant.findMany({ where: { benefitId: benefit.id, status: "granted" }, select: { id: true } });
  expect(batches.flatMap((b) => b.grantIds).sort()).toEqual(holding.map((g) => g.id).sort());
  expect(jobs[0].id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

  const [updated] = await eventsFor(org.id, benefit.id, "benefit.updated");
  expect(updated.data).toMatchObject({ id: benefit.id, properties: { note: "New note" }, previous_properties: { note: "A note" } });

  // The job: every grant of the batch now holds the new note, and says what it held before.
  const batch = batches.find((b) => b.grantIds.includes(mine))!;
  expect(await reapplyGrantBatch(db, batch.grantIds)).toBe(batch.grantIds.length);
  expect(await getGrant(mine)).toMatchObject({ status: "granted", properties: { note: "New note" } });
  expect(await db.benefitGrant.count({ where: { id: { in: batch.grantIds }, properties: { equals: { note: "New note" } } } })).toBe(
    batch.grantIds.length,
  );
  const events = await eventsFor(org.id, mine);
  expect(events.map((e) => e.type)).toEqual(["benefit_grant.created", "benefit_grant.updated"]);
  expect(events[1].data).toMatchObject({ properties: { note: "New note" }, previous_properties: { note: "A note" } });
  // Running the batch again re-applies the same configuration: still one state, one more event.
  expect(await reapplyGrantBatch(db, batch.grantIds)).toBe(batch.grantIds.length);
  expect(await getGrant(mine)).toMatchObject({ status: "granted", properties: { note: "New note" } });

  // Description-only edits, or the same properties again, re-apply nothing.
  await updateBenefit(db, org.id, benefit.id, updateBenefitBody.parse({ description: "Renamed benefit" }));
  await updateBenefit(db, org.id, benefit.id, updateBenefitBody.parse({ properties: { note: "New note" } }));
  expect(await markJobsDone(db, org.id)).toEqual([]);
});

test("a grant that fails transiently in a batch gets its own job; the rest of the batch goes through", async () => {
  const { org, product, benefits } = await createGrantWorld();
  const benefit = benefits[0];
  await grantToMany(org.id, benefit.id, product.id, 3);
  const grants = await db.benefitGrant.findMany({ where: { benefitId: benefit.id }, select: { id: true, customerId: true }, orderBy: { id: "asc" } });
  const flaky = grants[1];
  await db.benefit.update({ where: { id: benefit.id }, data: { properties: { note: "Edited" } } });
  const grant = vi.spyOn(customStrategy, "grant").mockImplementation(async (ctx) => {
    if (ctx.grant.id === flaky.id) throw new RetryableJobError("provider busy");
    return { properties: { note: "Edited" } };
  });
  try {
    expect(await reapplyGrantBatch(db, grants.map((g) => g.id))).toBe(2);
  } finally {
    grant.mockRestore();
  }
  expect(await getGrant(flaky.id)).toMatchObject({ status: "granted", properties: { note: "A note" }, error: { message: "provider busy" } });
  expect(await db.benefitGrant.count({ where: { benefitId: benefit.id, properties: { equals: { note: "Edited" } } } })).toBe(2);
  const jobs = await markJobsDone(db, org.id);
  expect(jobs).toEqual([
    expect.objectContaining({ name: "grants/grant.reapply-requested", data: { grantId: flaky.id, customerId: flaky.customerId } }),
  ]);

  // A batch whose retries ran out is split into one job per grant.
  await splitReapplyBatch(db, grants.map((g) => g.id));
  const split = await markJobsDone(db, org.id);
  expect(split.map((j) => (j.data as { grantId: string }).grantId).sort()).toEqual(grants.map((g) => g.id).sort());
  expect(split.every((j) => j.name === "grants/grant.reapply-requested")).toBe(true);
});

test("re-applying a grant that does not hold the benefit is a no-op", async () => {
  const { org, customer, product, benefits } = await createGrantWorld();
  const order = await createTestOrder(org.id, customer.id, product.id);
  const [grantId] = (await holdBenefits(org.id, customer.id, order.id, [benefits[0].id])).grantIds;
  const grant = vi.spyOn(customStrategy, "grant").mockRejectedValue(new PermanentJobError("cannot deliver"));
  try {
    expect(await reconcileGrant(db, grantId)).toBe("failed");
  } finally {
    grant.mockRestore();
  }
  const before = await getGrant(grantId);
  expect(await reapplyGrant(db, grantId)).toBe("failed");
  expect(await reapplyGrantBatch(db, [grantId])).toBe(0);
  expect(await getGrant(grantId)).toEqual(before);
});

test("deleting a benefit revokes every grant of it", async () => {
  const { org, customer, product, benefits } = await createGrantWorld();
  const benefit = benefits[0];
  await grantToMany(org.id, benefit.id, product.id, 50);
  const order = await createTestOrder(org.id, customer.id, product.id);
  const [mine] = (await holdBenefits(org.id, customer.id, order.id, [benefit.id])).grantIds;
  await reconcileGrant(db, mine);

  await deleteBenefit(db, org.id, benefit.id);
  const grants = await db.benefitGrant.findMany({ where: { benefitId: benefit.id }, select: { id: true, target: true } });
  expect(grants).toHaveLength(51);
  expect(grants.every((g) => g.target === "revoked")).toBe(true);
  const jobs = await markJobsDone(db, org.id);
  expect(jobs).toHaveLength(51);
  expect(new Set(jobs.map((j) => (j.data as { grantId: string }).grantId))).toEqual(new Set(grants.map((g) => g.id)));
  expect(jobs.every((j) => j.name === "grants/grant.reconcile-requested")).toBe(true);

  for (const { data } of jobs) await reconcileGrant(db, (data as { grantId: string }).grantId);
  expect(await db.benefitGrant.count({ where: { benefitId: benefit.id, status: { not: "revoked" } } })).toBe(0);
  expect((await eventsFor(org.id, mine)).map((e) => e.type)).toEqual(["benefit_grant.created", "benefit_grant.revoked"]);
  const [deleted] = await eventsFor(org.id, benefit.id, "benefit.deleted");
  expect(deleted.data).toMatchObject({ id: benefit.id, is_deleted: true });
});

test("creating a benefit announces it", async () => {
  const { org } = await createGrantWorld([]);
  const benefit = await createTestBenefit(org.id, { properties: { note: "Hello" } });
  const [created] = await eventsFor(org.id, benefit.id);
  expect(created).toMatchObject({ type: "benefit.created", data: { id: benefit.id, type: "custom", properties: { note: "Hello" } } });
});
