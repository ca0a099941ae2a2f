import { afterAll, expect, test } from "vitest";
import { db } from "@/lib/db";
import { reconcileGrant } from "@/lib/grants/reconcile-grant";
import { createGrantWorld, createTestOrder, eventsFor, holdBenefits, settleWorldDeliveries } from "@/test/grant-fixtures";

afterAll(settleWorldDeliveries);

test("20 parallel reconciles of one customer's grants: all delivered, each announced exactly once", async () => {
  const { org, customer, product, benefits } = await createGrantWorld([{}, {}, {}, {}]);
  const order = await createTestOrder(org.id, customer.id, product.id);
  const { grantIds } = await holdBenefits(org.id, customer.id, order.id, benefits.map((b) => b.id));

  const results = await Promise.all(Array.from({ length: 20 }, (_, i) => reconcileGrant(db, grantIds[i % grantIds.length])));
  expect(results).toEqual(Array(20).fill("granted"));

  const grants = await db.benefitGrant.findMany({ where: { id: { in: grantIds } } });
  expect(grants.map((g) => g.status)).toEqual(Array(4).fill("granted"));
  for (const id of grantIds) {
    expect((await eventsFor(org.id, id)).map((e) => e.type)).toEqual(["benefit_grant.created"]);
  }
});

test("grants and a revoke racing for one customer converge on the latest decision", async () => {
  const { org, customer, product, benefits } = await createGrantWorld([{}, {}, {}]);
  const order = await createTestOrder(org.id, customer.id, product.id);
  const { grantIds } = await holdBenefits(org.id, customer.id, order.id, benefits.map((b) => b.id));

  // Reconciles (some before, some after the decision commits) race the refund's revoke.
  const reconciles = Array.from({ length: 20 }, (_, i) => reconcileGrant(db, grantIds[i % grantIds.length]));
  await Promise.all([...reconciles, holdBenefits(org.id, customer.id, order.id, [])]);
  // The decision's own jobs run after it (the runner's order per customer).
  for (const id of grantIds) await reconcileGrant(db, id);

  const grants = await db.benefitGrant.findMany({ where: { id: { in: grantIds } } });
  expect(grants.map((g) => [g.target, g.status])).toEqual(Array(3).fill(["revoked", "revoked"]));
  for (const id of grantIds) {
    const types = (await eventsFor(org.id, id)).map((e) => e.type);
    // Either it was delivered first and then taken back, or the revoke won before delivery.
    expect([["benefit_grant.created", "benefit_grant.revoked"], []]).toContainEqual(types);
  }
});
