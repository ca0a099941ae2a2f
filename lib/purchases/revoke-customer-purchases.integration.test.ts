import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { call, createCatalog, grantedBenefits } from "@/lib/purchases/purchase-test-support";
import { createTestCustomer } from "@/test/factories";

describe("deleting a customer", () => {
  test("revokes their subscriptions and every grant they hold, including manual ones", async () => {
    const { org, polar, token, benefits, products } = await createCatalog();
    const customer = await createTestCustomer(org.id);
    const bystander = await createTestCustomer(org.id);
    const [, order] = await call(token, "POST", "/v1/orders/", { customer_id: customer.id, product_id: products.oneTime.id });
    const [, sub] = await call(token, "POST", "/v1/subscriptions/", { customer_id: customer.id, product_id: products.yearly.id });
    const [, other] = await call(token, "POST", "/v1/orders/", { customer_id: bystander.id, product_id: products.oneTime.id });
    const manual = await db.benefitGrant.create({
      data: { organizationId: org.id, customerId: customer.id, benefitId: benefits.c.id, scope: `manual:${customer.id}`, target: "granted" },
    });

    await polar.customers.delete(customer.id);

    expect(await polar.subscriptions.get(sub.id)).toMatchObject({ status: "canceled", ended_at: expect.any(String) });
    expect(await grantedBenefits({ orderId: order.id })).toEqual([]);
    expect(await grantedBenefits({ subscriptionId: sub.id })).toEqual([]);
    expect(await db.benefitGrant.findUniqueOrThrow({ where: { id: manual.id } })).toMatchObject({ target: "revoked" });
    const jobs = await db.outbox.findMany({ where: { name: "grants/grant.reconcile-requested" } });
    expect(jobs.filter((j) => (j.data as { grantId: string }).grantId === manual.id)).toHaveLength(1);
    expect(await grantedBenefits({ orderId: other.id })).toEqual([benefits.a.id, benefits.b.id]);
  });
});
