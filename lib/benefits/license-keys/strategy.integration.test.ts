// The license_keys strategy through the purchase functions: a key per grant, issued before the
// purchase call returns, revoked with the grant, revived by a re-grant of the same grant.
import { describe, expect, test } from "vitest";
import { updateBenefitBody } from "@/lib/benefits/benefit-input";
import { updateBenefit } from "@/lib/benefits/update-benefit";
import { db } from "@/lib/db";
import { reapplyGrant } from "@/lib/grants/reapply-grant";
import { createOrder } from "@/lib/purchases/create-order";
import { createSubscription } from "@/lib/purchases/create-subscription";
import { createOrderBody, refundOrderBody } from "@/lib/purchases/order-input";
import { refundOrder } from "@/lib/purchases/refund-order";
import { createSubscriptionBody, updateSubscriptionBody } from "@/lib/purchases/subscription-input";
import { updateSubscription } from "@/lib/purchases/update-subscription";
import { createTestBenefit, createTestCustomer, createTestOrg, createTestProduct } from "@/test/factories";

const KEY = /^MYAPP-[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;

async function licenseWorld(recurring: boolean) {
  const { org } = await createTestOrg();
  const benefit = await createTestBenefit(org.id, {
    type: "license_keys",
    properties: { prefix: "myapp", expires: { ttl: 1, timeframe: "month" }, activations: 3, limit_usage: 10 },
  });
  const product = await createTestProduct(org.id, { benefitIds: [benefit.id], ...(recurring ? { recurring_interval: "month" } : {}) });
  const customer = await createTestCustomer(org.id);
  return { org, benefit, product, customer };
}

const keysOf = (customerId: string) =>
  db.licenseKey.findMany({ where: { customerId }, include: { grant: { select: { status: true, properties: true } } } });

describe("license_keys strategy", () => {
  test("an order's key exists, granted, when createOrder returns; a refund with revoke revokes it at once", async () => {
    const { org, product, customer } = await licenseWorld(false);
    const order = await createOrder(db, org.id, createOrderBody.parse({ product_id: product.id, customer_id: customer.id }));

    const [key] = await keysOf(customer.id);
    expect(key).toMatchObject({ status: "granted", limitActivations: 3, limitUsage: 10, usage: 0, grant: { status: "granted" } });
    expect(key.key).toMatch(KEY);
    expect(key.displayKey).toBe(`****-${key.key.slice(-6)}`);
    expect(key.grant!.properties).toEqual({ license_key_id: key.id, display_key: key.displayKey });
    const expected = new Date(key.createdAt);
    expected.setUTCMonth(expected.getUTCMonth() + 1);
    expect(key.expiresAt).toEqual(expected);

    await refundOrder(db, org.id, order.id, refundOrderBody.parse({ revoke_benefits: true }));
    const [revoked] = await keysOf(customer.id);
    expect(revoked).toMatchObject({ id: key.id, key: key.key, status: "revoked", grant: { status: "revoked" } });
  });

  test("a subscription's key has no timer; losing and regaining the subscription revives the same key", async () => {
    const { org, product, customer } = await licenseWorld(true);
    const sub = await createSubscription(db, org.id, createSubscriptionBody.parse({ product_id: product.id, customer_id: customer.id }));
    const [key] = await keysOf(customer.id);
    expect(key).toMatchObject({ status: "granted", expiresAt: null });

    // past_due with no grace period loses the benefit; paying again brings it back.
    await updateSubscription(db, org.id, sub.id, updateSubscriptionBody.parse({ status: "past_due" }));
    expect((await keysOf(customer.id))[0]).toMatchObject({ id: key.id, status: "revoked" });
    await updateSubscription(db, org.id, sub.id, updateSubscriptionBody.parse({ status: "active" }));
    const keys = await keysOf(customer.id);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ id: key.id, key: key.key, status: "granted", grant: { status: "granted" } });
  });

  test("a key the merchant disabled stays disabled through a revoke and a re-grant", async () => {
    const { org, product, customer } = await licenseWorld(true);
    const sub = await createSubscription(db, org.id, createSubscriptionBody.parse({ product_id: product.id, customer_id: customer.id }));
    const [key] = await keysOf(customer.id);
    await db.licenseKey.update({ where: { id: key.id }, data: { status: "disabled" } });

    await updateSubscription(db, org.id, sub.id, updateSubscriptionBody.parse({ status: "past_due" }));
    await updateSubscription(db, org.id, sub.id, updateSubscriptionBody.parse({ status: "active" }));
    expect((await keysOf(customer.id))[0]).toMatchObject({ id: key.id, status: "disabled", grant: { status: "granted" } });
  });

  test("a benefit edit refreshes the key's limits in place, and never revives a key the merchant revoked", async () => {
    const { org, benefit, product, customer } = await licenseWorld(false);
    await createOrder(db, org.id, createOrderBody.parse({ product_id: product.id, customer_id: customer.id }));
    await createOrder(db, org.id, createOrderBody.parse({ product_id: product.id, customer_id: customer.id }));
    const [kept, revokedByMerchant] = await keysOf(customer.id);
    await db.licenseKey.update({ where: { id: revokedByMerchant.id }, data: { status: "revoked" } });

    await updateBenefit(db, org.id, benefit.id, updateBenefitBody.parse({ properties: { prefix: "myapp", activations: 5, limit_usage: false } }));
    for (const key of [kept, revokedByMerchant]) expect(await reapplyGrant(db, key.grantId!)).toBe("granted");
    const after = await keysOf(customer.id);
    expect(after.find((k) => k.id === kept.id)).toMatchObject({ key: kept.key, status: "granted", limitActivations: 5, limitUsage: null, expiresAt: null });
    expect(after.find((k) => k.id === revokedByMerchant.id)).toMatchObject({ status: "revoked", limitActivations: 5 });
  });

  test("two purchases of the product give two keys, each revoked with its own grant", async () => {
    const { org, product, customer } = await licenseWorld(false);
    const first = await createOrder(db, org.id, createOrderBody.parse({ product_id: product.id, customer_id: customer.id }));
    await createOrder(db, org.id, createOrderBody.parse({ product_id: product.id, customer_id: customer.id }));
    expect(await keysOf(customer.id)).toHaveLength(2);

    await refundOrder(db, org.id, first.id, refundOrderBody.parse({ revoke_benefits: true }));
    const keys = await keysOf(customer.id);
    expect(keys.map((k) => k.status).sort()).toEqual(["granted", "revoked"]);
    expect(new Set(keys.map((k) => k.key)).size).toBe(2);
  });
});
