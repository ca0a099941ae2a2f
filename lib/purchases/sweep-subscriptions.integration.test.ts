import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { call, createCatalog, deliver, grantedBenefits, targets } from "@/lib/purchases/purchase-test-support";
import { sweepSubscriptions } from "@/lib/purchases/sweep-subscriptions";
import { createTestCustomer } from "@/test/factories";

const DAY = 86_400_000;
const at = (iso: string) => new Date(iso);

async function subscribe(token: string, json: Record<string, unknown>) {
  const [status, body] = await call(token, "POST", "/v1/subscriptions/", json);
  expect(status, JSON.stringify(body)).toBe(201);
  return body as { id: string };
}

describe("sweepSubscriptions", () => {
  test("a subscription canceled at period end keeps its benefits until the period ends, then the sweep ends it", async () => {
    const { org, token, benefits, products } = await createCatalog();
    const customer = await createTestCustomer(org.id);
    const sub = await subscribe(token, {
      customer_id: customer.id,
      product_id: products.monthly.id,
      current_period_start: "2036-01-01T00:00:00Z",
      current_period_end: "2036-02-01T00:00:00Z",
    });
    await deliver({ subscriptionId: sub.id });
    expect((await call(token, "PATCH", `/v1/subscriptions/${sub.id}`, { cancel_at_period_end: true }))[0]).toBe(200);

    const scope = { organizationId: org.id };
    expect(await sweepSubscriptions(db, at("2036-01-31T23:59:59.999Z"), scope)).toBe(0);
    expect(await grantedBenefits({ subscriptionId: sub.id })).toEqual([benefits.a.id, benefits.b.id]);

    expect(await sweepSubscriptions(db, at("2036-02-01T00:00:00.000Z"), scope)).toBe(1);
    const ended = await db.subscription.findUniqueOrThrow({ where: { id: sub.id } });
    expect(ended).toMatchObject({ status: "canceled", endedAt: at("2036-02-01T00:00:00Z"), endsAt: at("2036-02-01T00:00:00Z") });
    expect(await targets({ subscriptionId: sub.id })).toEqual([
      [benefits.a.id, "revoked", 0],
      [benefits.b.id, "revoked", 1],
    ]);
    // Nothing left to do: a second sweep changes nothing.
    expect(await sweepSubscriptions(db, at("2036-03-01T00:00:00Z"), scope)).toBe(0);
  });

  test("past_due with no grace loses the benefits at once; with 7 days, at the sweep after the 7th day", async () => {
    const none = await createCatalog({ graceDays: 0 });
    const week = await createCatalog({ graceDays: 7 });
    const subs = [];
    for (const env of [none, week]) {
      const customer = await createTestCustomer(env.org.id);
      const sub = await subscribe(env.token, { customer_id: customer.id, product_id: env.products.monthly.id });
      await deliver({ subscriptionId: sub.id });
      expect((await call(env.token, "PATCH", `/v1/subscriptions/${sub.id}`, { status: "past_due" }))[0]).toBe(200);
      subs.push(sub.id);
    }
    const [noGrace, weekGrace] = subs;
    // Grace 0: the PATCH itself revoked; the sweep has nothing to do.
    expect(await grantedBenefits({ subscriptionId: noGrace })).toEqual([]);
    expect(await sweepSubscriptions(db, new Date(), { organizationId: none.org.id })).toBe(0);

    const { pastDueAt } = await db.subscription.findUniqueOrThrow({ where: { id: weekGrace } });
    const since = (pastDueAt as Date).getTime();
    const sweepWeek = (ms: number) => sweepSubscriptions(db, new Date(since + ms), { organizationId: week.org.id });
    expect(await sweepWeek(7 * DAY - 1)).toBe(0);
    expect(await grantedBenefits({ subscriptionId: weekGrace })).toEqual([week.benefits.a.id, week.benefits.b.id]);
    expect(await sweepWeek(7 * DAY)).toBe(1);
    expect(await grantedBenefits({ subscriptionId: weekGrace })).toEqual([]);
    expect(await db.subscription.findUniqueOrThrow({ where: { id: weekGrace } })).toMatchObject({ status: "past_due", endedAt: null });
    expect(await sweepWeek(8 * DAY)).toBe(0);

    // The billing system recovers the payment: the benefits come back.
    expect((await call(week.token, "PATCH", `/v1/subscriptions/${weekGrace}`, { status: "active" }))[0]).toBe(200);
    expect(await grantedBenefits({ subscriptionId: weekGrace })).toEqual([week.benefits.a.id, week.benefits.b.id]);
  });

  test("an undone cancellation followed by a renewal leaves nothing to sweep", async () => {
    const { org, token, benefits, products } = await createCatalog();
    const customer = await createTestCustomer(org.id);
    const sub = await subscribe(token, {
      customer_id: customer.id,
      product_id: products.monthly.id,
      current_period_start: "2036-01-01T00:00:00Z",
      current_period_end: "2036-02-01T00:00:00Z",
    });
    await call(token, "PATCH", `/v1/subscriptions/${sub.id}`, { cancel_at_period_end: true });
    await call(token, "PATCH", `/v1/subscriptions/${sub.id}`, { cancel_at_period_end: false });
    await call(token, "PATCH", `/v1/subscriptions/${sub.id}`, { current_period_end: "2036-03-01T00:00:00Z" });
    expect(await sweepSubscriptions(db, at("2036-02-15T00:00:00Z"), { organizationId: org.id })).toBe(0);
    expect(await grantedBenefits({ subscriptionId: sub.id })).toEqual([benefits.a.id, benefits.b.id]);
  });
});
