import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { benefitsHeld } from "@/lib/purchases/benefits-held";
import { productBenefitIds } from "@/lib/purchases/product-benefit-ids";
import { call, createCatalog, grantedBenefits } from "@/lib/purchases/purchase-test-support";
import { createTestCustomer } from "@/test/factories";

/** Every purchase of the customer targets exactly what the rules say, given its final state. */
async function expectConsistent(customerId: string) {
  const now = new Date();
  const orders = await db.order.findMany({ where: { customerId, subscriptionId: null } });
  const subscriptions = await db.subscription.findMany({ where: { customerId }, include: { organization: true } });
  for (const o of orders) {
    const expected = o.benefitsRevokedAt ? [] : await productBenefitIds(db, o.productId);
    expect(await grantedBenefits({ orderId: o.id }), `order ${o.id}`).toEqual(expected);
  }
  for (const s of subscriptions) {
    const held = benefitsHeld({ kind: "subscription", ...s }, now, s.organization.pastDueGraceDays);
    expect(await grantedBenefits({ subscriptionId: s.id }), `subscription ${s.id} (${s.status})`).toEqual(
      held ? await productBenefitIds(db, s.productId) : [],
    );
  }
  return { orders, subscriptions };
}

describe("purchases racing for one customer", () => {
  test("grant and revoke requests on one subscription at once end consistent with its final state", async () => {
    const { org, token, products } = await createCatalog();
    const customer = await createTestCustomer(org.id);
    for (let round = 0; round < 3; round++) {
      const [, sub] = await call(token, "POST", "/v1/subscriptions/", { customer_id: customer.id, product_id: products.monthly.id });
      const path = `/v1/subscriptions/${sub.id}`;
      const results = await Promise.all([
        call(token, "PATCH", path, { status: "past_due" }),
        call(token, "PATCH", path, { product_id: products.yearly.id }),
        call(token, "DELETE", path),
        call(token, "PATCH", path, { status: "active" }),
        call(token, "PATCH", path, { cancel_at_period_end: true }),
        call(token, "PATCH", path, { product_id: products.monthly.id }),
      ]);
      for (const [status, body] of results) expect([200, 403, 422], JSON.stringify(body)).toContain(status);
      expect(results[2][0]).toBe(200); // the revoke always succeeds; what comes after it is refused
      expect(await grantedBenefits({ subscriptionId: sub.id })).toEqual([]);
    }
    await expectConsistent(customer.id);
  });

  test("orders, refunds and subscription changes of one customer at once: every purchase ends where the rules say", async () => {
    const { org, token, products } = await createCatalog({ graceDays: 0 });
    const customer = await createTestCustomer(org.id);
    const [, order] = await call(token, "POST", "/v1/orders/", { customer_id: customer.id, product_id: products.oneTime.id });
    const [, sub] = await call(token, "POST", "/v1/subscriptions/", { customer_id: customer.id, product_id: products.monthly.id });
    const [, other] = await call(token, "POST", "/v1/subscriptions/", { customer_id: customer.id, product_id: products.yearly.id });
    const results = await Promise.all([
      call(token, "POST", "/v1/orders/", { customer_id: customer.id, product_id: products.oneTime.id }),
      call(token, "POST", `/v1/orders/${order.id}/refund`, { revoke_benefits: true }),
      call(token, "PATCH", `/v1/subscriptions/${sub.id}`, { status: "past_due" }),
      call(token, "POST", "/v1/subscriptions/", { customer_id: customer.id, product_id: products.yearly.id }),
      call(token, "PATCH", `/v1/subscriptions/${other.id}`, { product_id: products.monthly.id }),
      call(token, "DELETE", `/v1/subscriptions/${other.id}`),
      call(token, "POST", "/v1/orders/", { customer_id: customer.id, product_id: products.oneTime.id }),
    ]);
    for (const [status, body] of results) expect([200, 201, 422], JSON.stringify(body)).toContain(status);
    const { orders, subscriptions } = await expectConsistent(customer.id);
    expect(orders).toHaveLength(3);
    expect(subscriptions).toHaveLength(3);
  });

  test("a product's benefit list changing while it is being bought: every new order ends with the new list", async () => {
    const { org, token, polar, benefits, products } = await createCatalog();
    const customers = await Promise.all([1, 2, 3, 4].map(() => createTestCustomer(org.id)));
    const purchases = customers.map((c) => call(token, "POST", "/v1/orders/", { customer_id: c.id, product_id: products.oneTime.id }));
    const change = polar.products.updateBenefits(products.oneTime.id, { benefits: [benefits.c.id, benefits.a.id] });
    const [results] = await Promise.all([Promise.all(purchases), change]);
    expect(results.map(([status]) => status)).toEqual([201, 201, 201, 201]);
    for (const [, order] of results) expect(await grantedBenefits({ orderId: order.id })).toEqual([benefits.c.id, benefits.a.id]);
  });
});
