import { errors } from "@polar-sh/sdk/2026-10";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import {
  aDate,
  anId,
  call,
  createCatalog,
  deliver,
  grantedBenefits,
  outboxCounts,
  targets,
  validation,
} from "@/lib/purchases/purchase-test-support";
import { api, createTestCustomer, createTestOrg, createTestProduct, randomSuffix } from "@/test/factories";

const RECONCILE = "grants/grant.reconcile-requested";

describe("orders API", () => {
  test("records a paid one-time order in Polar's shape and targets its benefits in product order", async () => {
    const { org, polar, benefits, products } = await createCatalog();
    const customer = await createTestCustomer(org.id, { name: "Ada" });
    const order = await polar.orders.create({ customer_id: customer.id, product_id: products.oneTime.id, metadata: { source: "stripe" } });
    expect(order).toEqual({
      id: anId,
      created_at: aDate,
      modified_at: aDate,
      status: "paid",
      paid: true,
      subtotal_amount: 1000,
      discount_amount: 0,
      net_amount: 1000,
      tax_amount: 0,
      total_amount: 1000,
      applied_balance_amount: 0,
      due_amount: 0,
      refunded_amount: 0,
      refunded_tax_amount: 0,
      currency: "usd",
      billing_reason: "purchase",
      billing_name: null,
      billing_address: null,
      invoice_number: null,
      is_invoice_generated: false,
      receipt_number: null,
      seats: null,
      units: null,
      customer_id: customer.id,
      product_id: products.oneTime.id,
      discount_id: null,
      subscription_id: null,
      checkout_id: null,
      metadata: { source: "stripe" },
      custom_field_data: {},
      platform_fee_amount: 0,
      platform_fee_currency: null,
      customer: expect.objectContaining({ id: customer.id, email: customer.email, name: "Ada", type: "individual" }),
      product: expect.objectContaining({ id: products.oneTime.id, name: products.oneTime.name, is_recurring: false, metadata: {} }),
      discount: null,
      subscription: null,
      items: [
        expect.objectContaining({ id: order.id, label: products.oneTime.name, amount: 1000, tax_amount: 0, proration: false }),
      ],
      description: products.oneTime.name,
      refundable_amount: 1000,
      refundable_tax_amount: 0,
    });
    expect(order.product).not.toHaveProperty("prices");
    expect(await polar.orders.get(order.id)).toEqual(order);

    expect(await targets({ orderId: order.id })).toEqual([
      [benefits.a.id, "granted", 0],
      [benefits.b.id, "granted", 1],
    ]);
    // One reconcile job per grant, written with the order.
    expect(await outboxCounts({ orderId: order.id }, RECONCILE)).toEqual({ [benefits.a.id]: 1, [benefits.b.id]: 1 });
    const outbox = await db.outbox.findMany({ where: { organizationId: org.id, name: RECONCILE } });
    expect(outbox.every((r) => r.concurrencyKey === `customer:${customer.id}`)).toBe(true);
  });

  test("creates the customer for an unknown external id, once, even when two orders race", async () => {
    const { org, token, products, polar } = await createCatalog();
    const externalId = `user_${randomSuffix()}`;
    const body = { external_customer_id: externalId, customer_email: "New.Buyer@Example.com", customer_name: "New Buyer", product_id: products.oneTime.id, amount: 700, currency: "EUR" };
    const results = await Promise.all([1, 2, 3].map(() => call(token, "POST", "/v1/orders/", body)));
    expect(results.map(([status]) => status)).toEqual([201, 201, 201]);
    const customers = await db.customer.findMany({ where: { organizationId: org.id, externalId } });
    expect(customers).toHaveLength(1);
    expect(customers[0]).toMatchObject({ email: "new.buyer@example.com", name: "New Buyer" });
    for (const [, order] of results) expect(order).toMatchObject({ customer_id: customers[0].id, total_amount: 700, currency: "eur" });

    // Known external id: no email needed.
    const [status, again] = await call(token, "POST", "/v1/orders/", { external_customer_id: externalId, product_id: products.oneTime.id });
    expect(status).toBe(201);
    expect(again.customer).toMatchObject({ id: customers[0].id, external_id: externalId });
    const list = await polar.orders.list({ customer_id: customers[0].id, limit: 2 });
    expect(list.pagination).toEqual({ total_count: 4, max_page: 2 });
  });

  test("refund without revoke keeps the benefits; a later refund with revoke takes them back", async () => {
    const { org, token, benefits, products } = await createCatalog();
    const customer = await createTestCustomer(org.id);
    const [, order] = await call(token, "POST", "/v1/orders/", { customer_id: customer.id, product_id: products.oneTime.id });
    await deliver({ orderId: order.id });

    const [s1, partial] = await call(token, "POST", `/v1/orders/${order.id}/refund`, { amount: 300, revoke_benefits: false });
    expect(s1).toBe(200);
    expect(partial).toMatchObject({ status: "partially_refunded", refunded_amount: 300, refundable_amount: 700 });
    expect(await grantedBenefits({ orderId: order.id })).toEqual([benefits.a.id, benefits.b.id]);

    const [s2, full] = await call(token, "POST", `/v1/orders/${order.id}/refund`, {});
    expect(s2).toBe(200);
    expect(full).toMatchObject({ status: "refunded", refunded_amount: 1000, refundable_amount: 0 });
    expect(await grantedBenefits({ orderId: order.id })).toEqual([benefits.a.id, benefits.b.id]);

    // Fully refunded: only revoking is left to do (amount 0).
    const [s3, err] = await call(token, "POST", `/v1/orders/${order.id}/refund`, { revoke_benefits: false });
    expect([s3, err]).toEqual([422, validation([["body", "amount"], "The order is already fully refunded"])]);
    const [s4, revoked] = await call(token, "POST", `/v1/orders/${order.id}/refund`, { amount: 0, revoke_benefits: true });
    expect(s4).toBe(200);
    expect(revoked).toMatchObject({ status: "refunded", refunded_amount: 1000 });
    expect(await targets({ orderId: order.id })).toEqual([
      [benefits.a.id, "revoked", 0],
      [benefits.b.id, "revoked", 1],
    ]);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).benefitsRevokedAt).not.toBeNull();
    // Each grant: one job to grant, one to revoke; the refunds that kept the benefits decided nothing new.
    expect(await outboxCounts({ orderId: order.id }, RECONCILE)).toEqual({ [benefits.a.id]: 2, [benefits.b.id]: 2 });
  });

  test("a full refund with revoke_benefits in one call", async () => {
    const { org, token, products } = await createCatalog();
    const customer = await createTestCustomer(org.id);
    const [, order] = await call(token, "POST", "/v1/orders/", { customer_id: customer.id, product_id: products.oneTime.id, amount: 2500 });
    const [status, refunded] = await call(token, "POST", `/v1/orders/${order.id}/refund`, { revoke_benefits: true, reason: "customer_request" });
    expect(status).toBe(200);
    expect(refunded).toMatchObject({ status: "refunded", refunded_amount: 2500 });
    expect(await grantedBenefits({ orderId: order.id })).toEqual([]);
  });

  test("lists orders with Polar's filters", async () => {
    const { org, token, polar, products } = await createCatalog();
    const [c1, c2] = await Promise.all([createTestCustomer(org.id, { external_id: `x-${randomSuffix()}` }), createTestCustomer(org.id)]);
    const other = await createTestProduct(org.id);
    const o1 = (await call(token, "POST", "/v1/orders/", { customer_id: c1.id, product_id: products.oneTime.id }))[1];
    const o2 = (await call(token, "POST", "/v1/orders/", { customer_id: c2.id, product_id: other.id }))[1];
    const [, sub] = await call(token, "POST", "/v1/subscriptions/", { customer_id: c1.id, product_id: products.monthly.id });

    const ids = async (query: Parameters<typeof polar.orders.list>[0]) => (await polar.orders.list(query)).items.map((o) => o.id);
    const subscriptionOrder = (await db.order.findFirstOrThrow({ where: { subscriptionId: sub.id } })).id;
    expect(await ids({})).toEqual([subscriptionOrder, o2.id, o1.id]);
    expect(await ids({ customer_id: c1.id })).toEqual([subscriptionOrder, o1.id]);
    expect(await ids({ external_customer_id: c1.externalId as string })).toEqual([subscriptionOrder, o1.id]);
    expect(await ids({ product_id: [other.id] })).toEqual([o2.id]);
    expect(await ids({ subscription_id: sub.id })).toEqual([subscriptionOrder]);
    expect(await ids({ product_billing_type: "one_time", sorting: ["created_at"] })).toEqual([o1.id, o2.id]);
    expect(await ids({ status: ["refunded"] })).toEqual([]);
    const [, bad] = await call(token, "GET", "/v1/orders/?sorting=price");
    expect(bad.detail[0].loc).toEqual(["query", "sorting", 0]);
  });

  test("bad bodies are 422 with the field", async () => {
    const { org, token, products } = await createCatalog();
    const other = await createTestOrg();
    const foreignCustomer = await createTestCustomer(other.org.id);
    const foreignProduct = await createTestProduct(other.org.id);
    const customer = await createTestCustomer(org.id);
    const post = (json: unknown) => call(token, "POST", "/v1/orders/", json);

    expect(await post({ product_id: products.oneTime.id })).toEqual([
      422,
      validation([["body", "customer_id"], "Either customer_id or external_customer_id is required", "custom"]),
      expect.anything(),
    ]);
    expect((await post({ customer_id: customer.id, external_customer_id: "x", product_id: products.oneTime.id }))[1]).toEqual(
      validation([["body", "external_customer_id"], "Send either customer_id or external_customer_id, not both", "custom"]),
    );
    expect((await post({ customer_id: foreignCustomer.id, product_id: products.oneTime.id }))[1]).toEqual(
      validation([["body", "customer_id"], "Customer does not exist"]),
    );
    expect((await post({ customer_id: customer.id, product_id: foreignProduct.id }))[1]).toEqual(
      validation([["body", "product_id"], "Product does not exist"]),
    );
    expect((await post({ customer_id: customer.id, product_id: products.monthly.id }))[1]).toEqual(
      validation([["body", "product_id"], "Must be a one-time product (recurring products are sold with POST /v1/subscriptions/)"]),
    );
    expect((await post({ external_customer_id: `new-${randomSuffix()}`, product_id: products.oneTime.id }))[1]).toEqual(
      validation([["body", "customer_email"], "No customer has this external_customer_id: customer_email is required to create one", "missing"]),
    );
    const taken = await post({ external_customer_id: `new-${randomSuffix()}`, customer_email: customer.email, product_id: products.oneTime.id });
    expect(taken[1]).toEqual(validation([["body", "customer_email"], "A customer with this email address already exists"]));
    expect((await post({ customer_id: customer.id, product_id: products.oneTime.id, amount: -1 }))[1].detail[0].loc).toEqual(["body", "amount"]);
    expect((await post({ customer_id: customer.id, product_id: "nope" }))[1].detail[0].loc).toEqual(["body", "product_id"]);
    await db.product.update({ where: { id: products.oneTime.id }, data: { isArchived: true } });
    expect((await post({ customer_id: customer.id, product_id: products.oneTime.id }))[1]).toEqual(
      validation([["body", "product_id"], "Product is archived"]),
    );
    // Nothing was recorded by any of these.
    expect(await db.order.count({ where: { organizationId: org.id } })).toBe(0);

    const [, order] = await post({ customer_id: customer.id, product_id: (await createTestProduct(org.id)).id });
    const refund = (json: unknown) => call(token, "POST", `/v1/orders/${order.id}/refund`, json);
    expect((await refund({ amount: 1001 }))[1]).toEqual(validation([["body", "amount"], "Exceeds the refundable amount (1000)"]));
    expect((await refund({ amount: 0 }))[1]).toEqual(validation([["body", "amount"], "Must be greater than 0"]));
    expect((await refund({ revoke_benefits: "yes" }))[1].detail[0].loc).toEqual(["body", "revoke_benefits"]);
  });

  test("no token is 401; another organization's order is 404", async () => {
    const a = await createCatalog();
    const b = await createTestOrg();
    const customer = await createTestCustomer(a.org.id);
    const [, order] = await call(a.token, "POST", "/v1/orders/", { customer_id: customer.id, product_id: a.products.oneTime.id });

    for (const [method, path] of [
      ["GET", "/v1/orders/"],
      ["POST", "/v1/orders/"],
      ["GET", `/v1/orders/${order.id}`],
      ["POST", `/v1/orders/${order.id}/refund`],
    ]) {
      const res = await api(path, { method, json: method === "POST" ? {} : undefined });
      expect(res.status, `${method} ${path}`).toBe(401);
    }
    const notFound = { error: "ResourceNotFound", detail: "Order not found" };
    await expect(b.polar.orders.get(order.id)).rejects.toBeInstanceOf(errors.ResourceNotFound);
    expect((await call(b.token, "GET", `/v1/orders/${order.id}`)).slice(0, 2)).toEqual([404, notFound]);
    expect((await call(b.token, "POST", `/v1/orders/${order.id}/refund`, { revoke_benefits: true })).slice(0, 2)).toEqual([404, notFound]);
    expect((await call(a.token, "GET", "/v1/orders/not-a-uuid")).slice(0, 2)).toEqual([404, notFound]);
    expect((await b.polar.orders.list()).items).toEqual([]);
    expect(await grantedBenefits({ orderId: order.id })).toEqual([a.benefits.a.id, a.benefits.b.id]);
  });
});
