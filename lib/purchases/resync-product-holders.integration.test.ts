import { describe, expect, test } from "vitest";
import { call, createCatalog, deliver, outboxCounts, targets } from "@/lib/purchases/purchase-test-support";
import { createTestBenefit, createTestCustomer } from "@/test/factories";

const RECONCILE = "grants/grant.reconcile-requested";

describe("changing a product's benefits re-evaluates its holders", () => {
  test("current holders gain added benefits and lose removed ones, in the new order; past holders are left alone", async () => {
    const { org, polar, token, benefits, products } = await createCatalog();
    const [c1, c2, c3] = await Promise.all([1, 2, 3].map(() => createTestCustomer(org.id)));
    const [, active] = await call(token, "POST", "/v1/subscriptions/", { customer_id: c1.id, product_id: products.monthly.id });
    const [, revoked] = await call(token, "POST", "/v1/subscriptions/", { customer_id: c2.id, product_id: products.monthly.id });
    const [, order] = await call(token, "POST", "/v1/orders/", { customer_id: c3.id, product_id: products.oneTime.id });
    await polar.subscriptions.revoke(revoked.id);
    for (const scope of [{ subscriptionId: active.id }, { subscriptionId: revoked.id }]) await deliver(scope);

    const d = await createTestBenefit(org.id, { description: "Benefit D" });
    const updated = await polar.products.updateBenefits(products.monthly.id, { benefits: [d.id, benefits.b.id] });
    expect(updated.benefits.map((b) => b.id)).toEqual([d.id, benefits.b.id]);

    expect(await targets({ subscriptionId: active.id })).toEqual([
      [d.id, "granted", 0],
      [benefits.b.id, "granted", 1],
      [benefits.a.id, "revoked", 0],
    ]);
    // Jobs only where a decision changed: a revoked, d granted (b kept its place and was delivered).
    expect(await outboxCounts({ subscriptionId: active.id }, RECONCILE)).toEqual({ [benefits.a.id]: 2, [benefits.b.id]: 1, [d.id]: 1 });
    // The revoked subscription gets nothing new; the one-time order of another product is untouched.
    expect(await targets({ subscriptionId: revoked.id })).toEqual([
      [benefits.a.id, "revoked", 0],
      [benefits.b.id, "revoked", 1],
    ]);
    expect(await targets({ orderId: order.id })).toEqual([
      [benefits.a.id, "granted", 0],
      [benefits.b.id, "granted", 1],
    ]);
  });

  test("one-time orders re-evaluate too, unless a refund took their benefits back", async () => {
    const { org, token, benefits, products, polar } = await createCatalog();
    const [c1, c2] = await Promise.all([createTestCustomer(org.id), createTestCustomer(org.id)]);
    const [, kept] = await call(token, "POST", "/v1/orders/", { customer_id: c1.id, product_id: products.oneTime.id });
    const [, refunded] = await call(token, "POST", "/v1/orders/", { customer_id: c2.id, product_id: products.oneTime.id });
    await call(token, "POST", `/v1/orders/${refunded.id}/refund`, { revoke_benefits: true });

    await polar.products.updateBenefits(products.oneTime.id, { benefits: [benefits.c.id, benefits.a.id] });
    expect(await targets({ orderId: kept.id })).toEqual([
      [benefits.c.id, "granted", 0],
      [benefits.a.id, "granted", 1],
      [benefits.b.id, "revoked", 1],
    ]);
    expect(await targets({ orderId: refunded.id })).toEqual([
      [benefits.a.id, "revoked", 0],
      [benefits.b.id, "revoked", 1],
    ]);
  });
});
