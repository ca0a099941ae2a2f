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

const CYCLE = "grants/grant.cycle-requested";
const RECONCILE = "grants/grant.reconcile-requested";

async function subscribe(token: string, json: Record<string, unknown>) {
  const [status, body] = await call(token, "POST", "/v1/subscriptions/", json);
  expect(status, JSON.stringify(body)).toBe(201);
  return body;
}

describe("subscriptions API", () => {
  test("records an active subscription in Polar's shape, with its first order, holding the product's benefits", async () => {
    const { org, polar, token, benefits, products } = await createCatalog();
    const customer = await createTestCustomer(org.id);
    const sub = await subscribe(token, {
      customer_id: customer.id,
      product_id: products.monthly.id,
      current_period_start: "2026-01-31T00:00:00Z",
      metadata: { plan: "pro" },
    });
    expect(sub).toEqual({
      metadata: { plan: "pro" },
      created_at: aDate,
      modified_at: aDate,
      id: anId,
      amount: 1500,
      currency: "eur",
      recurring_interval: "month",
      recurring_interval_count: 1,
      status: "active",
      current_period_start: "2026-01-31T00:00:00.000Z",
      current_period_end: "2026-02-28T00:00:00.000Z",
      current_meter_period_start: null,
      current_meter_period_end: null,
      trial_start: null,
      trial_end: null,
      cancel_at_period_end: false,
      canceled_at: null,
      started_at: "2026-01-31T00:00:00.000Z",
      ends_at: null,
      ended_at: null,
      past_due_at: null,
      pause_at_period_end: false,
      paused_at: null,
      resumes_at: null,
      customer_id: customer.id,
      product_id: products.monthly.id,
      discount_id: null,
      checkout_id: null,
      seats: null,
      units: null,
      customer_cancellation_reason: null,
      customer_cancellation_comment: null,
      custom_field_data: {},
      customer: expect.objectContaining({ id: customer.id, email: customer.email }),
      product: expect.objectContaining({ id: products.monthly.id, is_recurring: true, benefits: [expect.objectContaining({ id: benefits.a.id }), expect.objectContaining({ id: benefits.b.id })] }),
      discount: null,
      prices: [expect.objectContaining({ amount_type: "fixed", price_amount: 1500, price_currency: "eur" })],
      meters: [],
      pending_update: null,
    });
    expect(await polar.subscriptions.get(sub.id)).toEqual(sub);
    expect(await targets({ subscriptionId: sub.id })).toEqual([
      [benefits.a.id, "granted", 0],
      [benefits.b.id, "granted", 1],
    ]);
    expect(await outboxCounts({ subscriptionId: sub.id }, RECONCILE)).toEqual({ [benefits.a.id]: 1, [benefits.b.id]: 1 });
    const orders = await polar.orders.list({ subscription_id: sub.id });
    expect(orders.items).toEqual([
      expect.objectContaining({ billing_reason: "subscription_create", total_amount: 1500, currency: "eur", subscription: expect.objectContaining({ id: sub.id, status: "active" }) }),
    ]);
  });

  test("Polar's create form (customer by external id) and a trial that holds benefits without an order", async () => {
    const { org, polar, token, benefits, products } = await createCatalog();
    const customer = await createTestCustomer(org.id, { external_id: `ext-${randomSuffix()}` });
    const viaSdk = await polar.subscriptions.create({ external_customer_id: customer.externalId as string, product_id: products.yearly.id });
    expect(viaSdk).toMatchObject({ status: "active", customer_id: customer.id, recurring_interval: "year" });
    expect(new Date(viaSdk.current_period_end).getUTCFullYear() - new Date(viaSdk.current_period_start).getUTCFullYear()).toBe(1);

    const trialProduct = await createTestProduct(org.id, { recurring_interval: "month", trial_interval: "day", trial_interval_count: 14, benefitIds: [benefits.c.id] });
    const trial = await subscribe(token, { customer_id: customer.id, product_id: trialProduct.id, status: "trialing" });
    expect(trial).toMatchObject({ status: "trialing", trial_start: trial.current_period_start, trial_end: trial.current_period_end });
    expect(new Date(trial.current_period_end).getTime() - new Date(trial.current_period_start).getTime()).toBe(14 * 86_400_000);
    expect(await grantedBenefits({ subscriptionId: trial.id })).toEqual([benefits.c.id]);
    expect(await db.order.count({ where: { subscriptionId: trial.id } })).toBe(0);
  });

  test("cancel at period end keeps the benefits; undoing it is allowed", async () => {
    const { org, polar, token, benefits, products } = await createCatalog();
    const customer = await createTestCustomer(org.id);
    const sub = await subscribe(token, { customer_id: customer.id, product_id: products.monthly.id });
    await deliver({ subscriptionId: sub.id });
    const canceled = await polar.subscriptions.update(sub.id, { cancel_at_period_end: true, customer_cancellation_reason: "too_expensive" });
    expect(canceled).toMatchObject({ status: "active", cancel_at_period_end: true, canceled_at: aDate, ends_at: sub.current_period_end, ended_at: null });
    expect(await grantedBenefits({ subscriptionId: sub.id })).toEqual([benefits.a.id, benefits.b.id]);
    // No decision changed and the grants are delivered: no new jobs.
    expect(await outboxCounts({ subscriptionId: sub.id }, RECONCILE)).toEqual({ [benefits.a.id]: 1, [benefits.b.id]: 1 });

    const resumed = await polar.subscriptions.update(sub.id, { cancel_at_period_end: false });
    expect(resumed).toMatchObject({ cancel_at_period_end: false, canceled_at: null, ends_at: null });
  });

  test("revoke now: DELETE and the PATCH form; a revoked subscription cannot come back", async () => {
    const { org, polar, token, benefits, products } = await createCatalog();
    const customer = await createTestCustomer(org.id);
    const s1 = await subscribe(token, { customer_id: customer.id, product_id: products.monthly.id });
    const s2 = await subscribe(token, { customer_id: customer.id, product_id: products.yearly.id });

    const revoked = await polar.subscriptions.revoke(s1.id);
    expect(revoked).toMatchObject({ id: s1.id, status: "canceled", canceled_at: aDate, ended_at: aDate, ends_at: aDate });
    expect(await targets({ subscriptionId: s1.id })).toEqual([
      [benefits.a.id, "revoked", 0],
      [benefits.b.id, "revoked", 1],
    ]);
    await expect(polar.subscriptions.revoke(s1.id)).rejects.toBeInstanceOf(errors.AlreadyCanceledSubscription);
    const [status, body] = await call(token, "DELETE", `/v1/subscriptions/${s1.id}`);
    expect([status, body]).toEqual([403, { error: "NotPermitted", detail: "This subscription is already canceled" }]);

    const viaPatch = await polar.subscriptions.update(s2.id, { revoke: true });
    expect(viaPatch).toMatchObject({ status: "canceled", ended_at: aDate });
    expect(await grantedBenefits({ subscriptionId: s2.id })).toEqual([]);
    // The other subscription's grants were not touched by the first revoke.
    expect(await call(token, "PATCH", `/v1/subscriptions/${s2.id}`, { revoke: true })).toEqual([
      422,
      validation([["body", "revoke"], "The subscription is already canceled"]),
      expect.anything(),
    ]);
    const [s, reactivate] = await call(token, "PATCH", `/v1/subscriptions/${s1.id}`, { status: "active" });
    expect([s, reactivate]).toEqual([422, validation([["body", "status"], "The subscription is canceled; it cannot change (create a new subscription)"])]);
    expect((await call(token, "PATCH", `/v1/subscriptions/${s1.id}`, { status: "canceled" }))[0]).toBe(200);
  });

  test("billing-system statuses: past_due (grace 0) and unpaid lose the benefits, active gets them back, canceled ends", async () => {
    const { org, token, benefits, products } = await createCatalog({ graceDays: 0 });
    const customer = await createTestCustomer(org.id);
    const sub = await subscribe(token, { customer_id: customer.id, product_id: products.monthly.id });
    const patch = async (json: unknown) => {
      const [status, body] = await call(token, "PATCH", `/v1/subscriptions/${sub.id}`, json);
      expect(status, JSON.stringify(body)).toBe(200);
      return body;
    };
    expect(await patch({ status: "past_due" })).toMatchObject({ status: "past_due", past_due_at: aDate });
    expect(await grantedBenefits({ subscriptionId: sub.id })).toEqual([]);
    expect(await patch({ status: "active" })).toMatchObject({ status: "active", past_due_at: null });
    expect(await grantedBenefits({ subscriptionId: sub.id })).toEqual([benefits.a.id, benefits.b.id]);
    expect(await patch({ status: "unpaid" })).toMatchObject({ status: "unpaid" });
    expect(await grantedBenefits({ subscriptionId: sub.id })).toEqual([]);
    expect(await patch({ status: "active" })).toMatchObject({ status: "active" });
    expect(await patch({ status: "canceled" })).toMatchObject({ status: "canceled", ended_at: aDate });
    expect(await targets({ subscriptionId: sub.id })).toEqual([
      [benefits.a.id, "revoked", 0],
      [benefits.b.id, "revoked", 1],
    ]);
  });

  test("past_due within the organization's grace keeps the benefits", async () => {
    const { org, token, benefits, products } = await createCatalog({ graceDays: 7 });
    const customer = await createTestCustomer(org.id);
    const sub = await subscribe(token, { customer_id: customer.id, product_id: products.monthly.id });
    expect((await call(token, "PATCH", `/v1/subscriptions/${sub.id}`, { status: "past_due" }))[0]).toBe(200);
    expect(await grantedBenefits({ subscriptionId: sub.id })).toEqual([benefits.a.id, benefits.b.id]);
  });

  test("a product change revokes what the new product lacks and grants what it adds, on the same scope", async () => {
    const { org, polar, token, benefits, products } = await createCatalog();
    const customer = await createTestCustomer(org.id);
    const sub = await subscribe(token, { customer_id: customer.id, product_id: products.monthly.id });
    await deliver({ subscriptionId: sub.id });
    const changed = await polar.subscriptions.update(sub.id, { product_id: products.yearly.id });
    expect(changed).toMatchObject({ product_id: products.yearly.id, recurring_interval: "year", amount: 1000, currency: "usd", status: "active" });
    // monthly [a, b] → yearly [b, c]: a revoked, b kept (now first), c granted.
    expect(await targets({ subscriptionId: sub.id })).toEqual([
      [benefits.b.id, "granted", 0],
      [benefits.c.id, "granted", 1],
      [benefits.a.id, "revoked", 0],
    ]);
    // One job per decision that changed: a's grant and revoke, b's grant, c's grant.
    expect(await outboxCounts({ subscriptionId: sub.id }, RECONCILE)).toEqual({ [benefits.a.id]: 2, [benefits.b.id]: 1, [benefits.c.id]: 1 });
    expect(await db.benefitGrant.count({ where: { customerId: customer.id } })).toBe(3);

    const [status, body] = await call(token, "PATCH", `/v1/subscriptions/${sub.id}`, { product_id: products.oneTime.id });
    expect([status, body]).toEqual([
      422,
      validation([["body", "product_id"], "Must be a recurring product (one-time products are sold with POST /v1/orders/)"]),
    ]);
  });

  test("a renewal moves the period, records a subscription_cycle order and cycles the granted grants", async () => {
    const { org, polar, token, benefits, products } = await createCatalog();
    const customer = await createTestCustomer(org.id);
    const sub = await subscribe(token, { customer_id: customer.id, product_id: products.monthly.id, current_period_start: "2026-03-01T00:00:00Z" });
    // The runner (or a test standing in for it) has delivered the grants.
    await deliver({ subscriptionId: sub.id });

    const renewal = { current_period_start: "2026-04-01T00:00:00Z", current_period_end: "2026-05-01T00:00:00Z" };
    const [status, renewed] = await call(token, "PATCH", `/v1/subscriptions/${sub.id}`, renewal);
    expect(status).toBe(200);
    expect(renewed).toMatchObject({ status: "active", current_period_start: "2026-04-01T00:00:00.000Z", current_period_end: "2026-05-01T00:00:00.000Z" });
    expect(await outboxCounts({ subscriptionId: sub.id }, CYCLE)).toEqual({ [benefits.a.id]: 1, [benefits.b.id]: 1 });
    const cycleOrders = await polar.orders.list({ subscription_id: sub.id, sorting: ["created_at"] });
    expect(cycleOrders.items.map((o) => o.billing_reason)).toEqual(["subscription_create", "subscription_cycle"]);

    // Sending the same renewal again (a retry without a key) changes nothing.
    expect((await call(token, "PATCH", `/v1/subscriptions/${sub.id}`, renewal))[0]).toBe(200);
    expect(await outboxCounts({ subscriptionId: sub.id }, CYCLE)).toEqual({ [benefits.a.id]: 1, [benefits.b.id]: 1 });
    expect(await db.order.count({ where: { subscriptionId: sub.id } })).toBe(2);

    const [s2, backwards] = await call(token, "PATCH", `/v1/subscriptions/${sub.id}`, { current_period_end: "2026-04-15T00:00:00Z" });
    expect([s2, backwards]).toEqual([422, validation([["body", "current_period_end"], "Must be after current_period_start"])]);
  });

  test("refund with revoke_benefits of a subscription's order revokes the subscription", async () => {
    const { org, token, products } = await createCatalog();
    const customer = await createTestCustomer(org.id);
    const sub = await subscribe(token, { customer_id: customer.id, product_id: products.monthly.id });
    const order = await db.order.findFirstOrThrow({ where: { subscriptionId: sub.id } });
    const [, kept] = await call(token, "POST", `/v1/orders/${order.id}/refund`, { amount: 500 });
    expect(kept.subscription).toMatchObject({ status: "active" });
    expect((await grantedBenefits({ subscriptionId: sub.id })).length).toBe(2);
    const [status, refunded] = await call(token, "POST", `/v1/orders/${order.id}/refund`, { revoke_benefits: true });
    expect(status).toBe(200);
    expect(refunded).toMatchObject({ status: "refunded", refunded_amount: 1500, subscription: expect.objectContaining({ status: "canceled", ended_at: aDate }) });
    expect(await grantedBenefits({ subscriptionId: sub.id })).toEqual([]);
  });

  test("lists subscriptions with Polar's filters and sorting", async () => {
    const { org, polar, token, products } = await createCatalog();
    const [c1, c2] = await Promise.all([createTestCustomer(org.id, { external_id: `e-${randomSuffix()}` }), createTestCustomer(org.id)]);
    const s1 = await subscribe(token, { customer_id: c1.id, product_id: products.monthly.id, current_period_start: "2036-01-01T00:00:00Z" });
    const s2 = await subscribe(token, { customer_id: c2.id, product_id: products.yearly.id, current_period_start: "2036-02-01T00:00:00Z", status: "trialing" });
    const s3 = await subscribe(token, { customer_id: c1.id, product_id: products.yearly.id, current_period_start: "2036-03-01T00:00:00Z" });
    await polar.subscriptions.revoke(s3.id);
    await polar.subscriptions.update(s1.id, { cancel_at_period_end: true });

    const ids = async (query: Parameters<typeof polar.subscriptions.list>[0]) => (await polar.subscriptions.list(query)).items.map((s) => s.id);
    expect(await ids({})).toEqual([s3.id, s2.id, s1.id]);
    expect(await ids({ sorting: ["started_at"] })).toEqual([s1.id, s2.id, s3.id]);
    expect(await ids({ active: true, sorting: ["started_at"] })).toEqual([s1.id, s2.id]);
    expect(await ids({ active: false })).toEqual([s3.id]);
    expect(await ids({ customer_id: c1.id })).toEqual([s3.id, s1.id]);
    expect(await ids({ external_customer_id: c1.externalId as string })).toEqual([s3.id, s1.id]);
    expect(await ids({ product_id: products.yearly.id })).toEqual([s3.id, s2.id]);
    expect(await ids({ status: ["trialing", "canceled"] })).toEqual([s3.id, s2.id]);
    expect(await ids({ cancel_at_period_end: true })).toEqual([s1.id]);
    expect((await polar.subscriptions.list({ limit: 2 })).pagination).toEqual({ total_count: 3, max_page: 2 });
    const [status, bad] = await call(token, "GET", "/v1/subscriptions/?status=paused");
    expect(status).toBe(422);
    expect(bad.detail[0].loc).toEqual(["query", "status", 0]);
  });

  test("bad bodies are 422 with the field", async () => {
    const { org, token, products } = await createCatalog();
    const other = await createTestOrg();
    const customer = await createTestCustomer(org.id);
    const foreign = await createTestProduct(other.org.id, { recurring_interval: "month" });
    const post = async (json: unknown) => (await call(token, "POST", "/v1/subscriptions/", json)).slice(0, 2);
    const base = { customer_id: customer.id, product_id: products.monthly.id };

    expect(await post({ ...base, product_id: products.oneTime.id })).toEqual([
      422,
      validation([["body", "product_id"], "Must be a recurring product (one-time products are sold with POST /v1/orders/)"]),
    ]);
    expect(await post({ ...base, product_id: foreign.id })).toEqual([422, validation([["body", "product_id"], "Product does not exist"])]);
    expect((await post({ ...base, status: "past_due" }))[1].detail[0].loc).toEqual(["body", "status"]);
    expect((await post({ ...base, current_period_start: "yesterday" }))[1].detail[0]).toMatchObject({
      loc: ["body", "current_period_start"],
      msg: "Must be an ISO-8601 date-time with a timezone",
    });
    expect(await post({ ...base, current_period_start: "2026-02-01T00:00:00Z", current_period_end: "2026-01-01T00:00:00Z" })).toEqual([
      422,
      validation([["body", "current_period_end"], "Must be after current_period_start"]),
    ]);
    expect(await db.subscription.count({ where: { organizationId: org.id } })).toBe(0);

    const sub = await subscribe(token, base);
    const patch = async (json: unknown) => (await call(token, "PATCH", `/v1/subscriptions/${sub.id}`, json)).slice(0, 2);
    expect(await patch({})).toEqual([
      422,
      validation([["body"], "Nothing to update: send one of cancel_at_period_end, revoke, status, product_id, current_period_end or metadata", "custom"]),
    ]);
    expect(await patch({ status: "past_due", product_id: products.yearly.id })).toEqual([
      422,
      validation([["body", "product_id"], "Send one change per request (this request also sets status)", "custom"]),
    ]);
    expect(await patch({ revoke: false })).toEqual([422, validation([["body", "revoke"], "Must be true", "invalid_value"])]);
    expect(await patch({ current_period_start: "2026-09-01T00:00:00Z" })).toEqual([
      422,
      validation([["body", "current_period_end"], "Required with current_period_start", "custom"]),
    ]);
    expect(await patch({ product_id: foreign.id })).toEqual([422, validation([["body", "product_id"], "Product does not exist"])]);
    expect((await patch({ metadata: { note: "vip" } }))[1]).toMatchObject({ metadata: { note: "vip" }, status: "active" });
  });

  test("no token is 401; another organization's subscription is 404", async () => {
    const a = await createCatalog();
    const b = await createTestOrg();
    const customer = await createTestCustomer(a.org.id);
    const sub = await subscribe(a.token, { customer_id: customer.id, product_id: a.products.monthly.id });
    for (const [method, path] of [
      ["GET", "/v1/subscriptions/"],
      ["POST", "/v1/subscriptions/"],
      ["GET", `/v1/subscriptions/${sub.id}`],
      ["PATCH", `/v1/subscriptions/${sub.id}`],
      ["DELETE", `/v1/subscriptions/${sub.id}`],
    ]) {
      const res = await api(path, { method, json: method === "POST" || method === "PATCH" ? { revoke: true } : undefined });
      expect(res.status, `${method} ${path}`).toBe(401);
    }
    const notFound = { error: "ResourceNotFound", detail: "Subscription not found" };
    await expect(b.polar.subscriptions.get(sub.id)).rejects.toBeInstanceOf(errors.ResourceNotFound);
    await expect(b.polar.subscriptions.revoke(sub.id)).rejects.toBeInstanceOf(errors.ResourceNotFound);
    await expect(b.polar.subscriptions.update(sub.id, { cancel_at_period_end: true })).rejects.toBeInstanceOf(errors.ResourceNotFound);
    expect((await call(b.token, "PATCH", `/v1/subscriptions/${sub.id}`, { revoke: true })).slice(0, 2)).toEqual([404, notFound]);
    expect((await call(a.token, "GET", "/v1/subscriptions/nope")).slice(0, 2)).toEqual([404, notFound]);
    expect((await b.polar.subscriptions.list()).items).toEqual([]);
    // b cannot subscribe a's customer either.
    const [status, body] = await call(b.token, "POST", "/v1/subscriptions/", { customer_id: customer.id, product_id: a.products.monthly.id });
    expect([status, body]).toEqual([422, validation([["body", "product_id"], "Product does not exist"])]);
    expect(await a.polar.subscriptions.get(sub.id)).toMatchObject({ status: "active" });
  });
});
