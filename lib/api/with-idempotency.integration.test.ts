import { describe, expect, test } from "vitest";
import { fingerprintOf, purgeIdempotencyKeys } from "@/lib/api/with-idempotency";
import { db } from "@/lib/db";
import { call, createCatalog, targets, validation } from "@/lib/purchases/purchase-test-support";
import { createTestCustomer, createTestProduct, randomSuffix } from "@/test/factories";

const key = () => `idem-${randomSuffix()}`;
const withKey = (k: string) => ({ "Idempotency-Key": k });
const MISMATCH = validation([["header", "Idempotency-Key"], "This Idempotency-Key was used with a different request"]);

async function setup() {
  const env = await createCatalog();
  const customer = await createTestCustomer(env.org.id);
  const product = await createTestProduct(env.org.id, { benefitIds: [env.benefits.c.id] });
  return { ...env, customer, body: { customer_id: customer.id, product_id: product.id, metadata: { invoice: "in_1" } } };
}

describe("withIdempotency", () => {
  test("the same purchase sent 5 times at once with one key records one order and one grant", async () => {
    const { org, token, benefits, body } = await setup();
    const k = key();
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => call(token, "POST", "/v1/orders/", body, withKey(k))));
    expect(results.map(([status]) => status)).toEqual([201, 201, 201, 201, 201]);
    const orderIds = new Set(results.map(([, order]) => order.id));
    expect(orderIds.size).toBe(1);
    expect(results.filter(([, , headers]) => headers.get("idempotent-replayed") === "true")).toHaveLength(4);

    expect(await db.order.count({ where: { organizationId: org.id } })).toBe(1);
    const [orderId] = orderIds;
    expect(await targets({ orderId })).toEqual([[benefits.c.id, "granted", 0]]);
    expect(await db.benefitGrant.count({ where: { organizationId: org.id } })).toBe(1);
  });

  test("a retry gets the first response again, byte for byte, even with its keys in another order", async () => {
    const { org, token, body } = await setup();
    const k = key();
    const [s1, first, h1] = await call(token, "POST", "/v1/orders/", body, withKey(k));
    expect(s1).toBe(201);
    expect(h1.get("idempotent-replayed")).toBeNull();
    const reordered = { metadata: body.metadata, product_id: body.product_id, customer_id: body.customer_id };
    const [s2, second, h2] = await call(token, "POST", "/v1/orders/", reordered, withKey(k));
    expect([s2, second]).toEqual([201, first]);
    expect(h2.get("idempotent-replayed")).toBe("true");
    expect(h2.get("content-type")).toContain("application/json");
    expect(await db.order.count({ where: { organizationId: org.id } })).toBe(1);
    const row = await db.idempotencyKey.findUniqueOrThrow({ where: { organizationId_key: { organizationId: org.id, key: k } } });
    expect(row).toMatchObject({ status: 201, fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  test("the same key with a different request is a 422 on the header", async () => {
    const { token, body, products, org } = await setup();
    const k = key();
    expect((await call(token, "POST", "/v1/orders/", body, withKey(k)))[0]).toBe(201);
    expect((await call(token, "POST", "/v1/orders/", { ...body, amount: 1 }, withKey(k))).slice(0, 2)).toEqual([422, MISMATCH]);
    const subscription = { customer_id: body.customer_id, product_id: products.monthly.id };
    expect((await call(token, "POST", "/v1/subscriptions/", subscription, withKey(k))).slice(0, 2)).toEqual([422, MISMATCH]);
    expect(await db.subscription.count({ where: { organizationId: org.id } })).toBe(0);
  });

  test("a failed request is not stored: the client fixes it and retries with the same key", async () => {
    const { org, token, body } = await setup();
    const k = key();
    const [status, error] = await call(token, "POST", "/v1/orders/", { ...body, product_id: crypto.randomUUID() }, withKey(k));
    expect([status, error]).toEqual([422, validation([["body", "product_id"], "Product does not exist"])]);
    expect(await db.idempotencyKey.count({ where: { organizationId: org.id } })).toBe(0);
    expect((await call(token, "POST", "/v1/orders/", body, withKey(k)))[0]).toBe(201);
  });

  test("keys are per organization, at most 255 characters, and forgotten after a day", async () => {
    const a = await setup();
    const b = await setup();
    const k = key();
    expect((await call(a.token, "POST", "/v1/orders/", a.body, withKey(k)))[0]).toBe(201);
    expect((await call(b.token, "POST", "/v1/orders/", b.body, withKey(k)))[0]).toBe(201);
    expect(await db.order.count({ where: { organizationId: b.org.id } })).toBe(1);

    const tooLong = await call(a.token, "POST", "/v1/orders/", a.body, withKey("k".repeat(256)));
    expect(tooLong.slice(0, 2)).toEqual([422, validation([["header", "Idempotency-Key"], "Must be between 1 and 255 characters"])]);
    expect((await call(a.token, "POST", "/v1/orders/", a.body, withKey("k".repeat(255))))[0]).toBe(201);

    const dayAgo = new Date(Date.now() - 24 * 60 * 60 * 1000 - 1000);
    await db.idempotencyKey.update({ where: { organizationId_key: { organizationId: a.org.id, key: k } }, data: { createdAt: dayAgo } });
    const [status, , headers] = await call(a.token, "POST", "/v1/orders/", a.body, withKey(k));
    expect([status, headers.get("idempotent-replayed")]).toEqual([201, null]);
    expect(await db.order.count({ where: { organizationId: a.org.id } })).toBe(3);

    await db.idempotencyKey.update({ where: { organizationId_key: { organizationId: a.org.id, key: k } }, data: { createdAt: dayAgo } });
    expect(await purgeIdempotencyKeys()).toBeGreaterThanOrEqual(1);
    expect(await db.idempotencyKey.count({ where: { organizationId: a.org.id, key: k } })).toBe(0);
  });

  test("a retry while the first request still runs waits, then answers 409; an abandoned claim is taken over", async () => {
    const { org, token, body } = await setup();
    const k = key();
    const fingerprint = fingerprintOf("POST", "http://x/v1/orders/", JSON.stringify(body));
    await db.idempotencyKey.create({ data: { organizationId: org.id, key: k, fingerprint } });
    const started = Date.now();
    const [status, error, headers] = await call(token, "POST", "/v1/orders/", body, withKey(k));
    expect(Date.now() - started).toBeGreaterThanOrEqual(3_500);
    expect([status, error]).toEqual([
      409,
      { error: "IdempotencyKeyInUse", detail: "A request with this Idempotency-Key is still being processed; retry later" },
    ]);
    expect(headers.get("retry-after")).toBe("1");
    expect(await db.order.count({ where: { organizationId: org.id } })).toBe(0);

    await db.idempotencyKey.update({
      where: { organizationId_key: { organizationId: org.id, key: k } },
      data: { createdAt: new Date(Date.now() - 2 * 60_000) },
    });
    expect((await call(token, "POST", "/v1/orders/", body, withKey(k)))[0]).toBe(201);
  });

  test("PATCH and DELETE replay too: a retried revoke answers like the first, not 403", async () => {
    const { token, body, products, benefits } = await setup();
    const [, sub] = await call(token, "POST", "/v1/subscriptions/", { customer_id: body.customer_id, product_id: products.monthly.id });
    const k = key();
    const [s1, first] = await call(token, "DELETE", `/v1/subscriptions/${sub.id}`, undefined, withKey(k));
    const [s2, again, headers] = await call(token, "DELETE", `/v1/subscriptions/${sub.id}`, undefined, withKey(k));
    expect([s1, s2, again, headers.get("idempotent-replayed")]).toEqual([200, 200, first, "true"]);
    expect((await call(token, "DELETE", `/v1/subscriptions/${sub.id}`))[0]).toBe(403);

    const [, other] = await call(token, "POST", "/v1/subscriptions/", { customer_id: body.customer_id, product_id: products.yearly.id });
    const k2 = key();
    const patch = () => call(token, "PATCH", `/v1/subscriptions/${other.id}`, { status: "unpaid" }, withKey(k2));
    const [p1, p2] = await Promise.all([patch(), patch()]);
    expect([p1[0], p2[0], p1[1].id]).toEqual([200, 200, p2[1].id]);
    expect(await targets({ subscriptionId: other.id })).toEqual([
      [benefits.b.id, "revoked", 0],
      [benefits.c.id, "revoked", 1],
    ]);
  });

  test("the fingerprint ignores key order and a trailing slash, not the method, path or values", () => {
    const a = fingerprintOf("POST", "http://h/v1/orders/", '{"a":1,"b":{"y":2,"x":[1,{"q":1,"p":2}]}}');
    expect(fingerprintOf("post", "http://other/v1/orders", '{"b":{"x":[1,{"p":2,"q":1}],"y":2},"a":1}')).toBe(a);
    expect(fingerprintOf("PATCH", "http://h/v1/orders/", '{"a":1,"b":{"y":2,"x":[1,{"q":1,"p":2}]}}')).not.toBe(a);
    expect(fingerprintOf("POST", "http://h/v1/subscriptions/", '{"a":1,"b":{"y":2,"x":[1,{"q":1,"p":2}]}}')).not.toBe(a);
    expect(fingerprintOf("POST", "http://h/v1/orders/", '{"a":1,"b":{"y":2,"x":[{"q":1,"p":2},1]}}')).not.toBe(a);
  });
});
