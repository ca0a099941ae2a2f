// The meter_credit strategy through the purchase functions: credits on the balance when the
// purchase returns, renewals with and without rollover, revoke, two purchases, benefit edits.
// The jobs a renewal or an edit queues are marked done as they are queued and run here instead:
// every app server on the test database runs jobs, with whatever code it was started with.
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { cycleGrant } from "@/lib/grants/cycle-grant";
import { reapplyGrant } from "@/lib/grants/reapply-grant";
import { createOrder } from "@/lib/purchases/create-order";
import { createSubscription } from "@/lib/purchases/create-subscription";
import { createOrderBody, refundOrderBody } from "@/lib/purchases/order-input";
import { refundOrder } from "@/lib/purchases/refund-order";
import { recordRenewal } from "@/lib/purchases/record-renewal";
import { createSubscriptionBody } from "@/lib/purchases/subscription-input";
import { createMeter } from "@/lib/meters/create-meter";
import { createMeterBody } from "@/lib/meters/meter-input";
import { markJobsDone } from "@/test/grant-fixtures";
import { balanceOf, createMeterWorld, ingest, ledgerOf, meterBody, usage, type MeterWorld, type MeterWorldOptions } from "@/test/meter-fixtures";

async function buyOnce(world: MeterWorld) {
  const order = await createOrder(db, world.org.id, createOrderBody.parse({ product_id: world.products.oneTime.id, customer_id: world.customer.id }));
  const grant = await db.benefitGrant.findFirstOrThrow({ where: { orderId: order.id } });
  return { order, grant };
}

async function subscribe(options: MeterWorldOptions) {
  const world = await createMeterWorld(options);
  const sub = await createSubscription(db, world.org.id, createSubscriptionBody.parse({ product_id: world.products.monthly.id, customer_id: world.customer.id }));
  const grant = await db.benefitGrant.findFirstOrThrow({ where: { subscriptionId: sub.id } });
  /** A renewal as updateSubscription records it (a subscription_cycle order and a cycle job per grant), then the cycle job's work. */
  const renew = async () => {
    const jobs = await db.$transaction(async (tx) => {
      await recordRenewal(tx, { id: sub.id, organizationId: world.org.id, customerId: world.customer.id, productId: world.products.monthly.id, amount: 0, currency: "usd" });
      return markJobsDone(tx, world.org.id);
    });
    const cycles = jobs.filter((j) => j.name === "grants/grant.cycle-requested");
    expect(cycles.map((j) => (j.data as { grantId: string }).grantId)).toEqual([grant.id]);
    expect(await cycleGrant(db, grant.id)).toBe("granted");
  };
  return { world, sub, grant, renew };
}

describe("meter_credit strategy", () => {
  test("a purchase returns with its units credited, recorded on the grant", async () => {
    const world = await createMeterWorld({ units: 100 });
    const { grant } = await buyOnce(world);
    expect(grant.status).toBe("granted");
    expect(await balanceOf(world)).toEqual({ consumed: 0, credited: 100, balance: 100, overage: 0 });
    expect(grant.properties).toEqual({
      last_credited_meter_id: world.meter.id,
      last_credited_units: 100,
      last_credited_at: expect.any(String),
      credited_units: 100,
      units: 100,
    });
    await ingest(world, usage(world, 30));
    expect(await balanceOf(world)).toEqual({ consumed: 30, credited: 100, balance: 70, overage: 0 });
  });

  test("renewal without rollover resets the grant's remaining credits to units; overage is not forgiven", async () => {
    const { world, grant, renew } = await subscribe({ units: 100, rollover: false });
    await ingest(world, usage(world, 30));
    await renew();
    expect(await balanceOf(world)).toEqual({ consumed: 30, credited: 130, balance: 100, overage: 0 });
    // A cycle that runs again for the same renewal credits nothing more.
    expect(await cycleGrant(db, grant.id)).toBe("granted");
    expect(await balanceOf(world)).toMatchObject({ balance: 100 });

    await ingest(world, usage(world, 120));
    expect(await balanceOf(world)).toEqual({ consumed: 150, credited: 130, balance: -20, overage: 20 });
    await renew();
    expect(await balanceOf(world)).toEqual({ consumed: 150, credited: 230, balance: 80, overage: 0 });
    expect(await ledgerOf(world)).toEqual([["grant", 100], ["cycle", 30], ["cycle", 100]]);
    expect((await db.benefitGrant.findUniqueOrThrow({ where: { id: grant.id } })).properties).toMatchObject({ last_credited_units: 100 });
  });

  test("renewal with rollover adds units on top of what is left", async () => {
    const { world, renew } = await subscribe({ units: 100, rollover: true });
    await ingest(world, usage(world, 30));
    await renew();
    await renew();
    expect(await balanceOf(world)).toEqual({ consumed: 30, credited: 300, balance: 270, overage: 0 });
  });

  test("revoke takes back what remains of the grant's credits, never more", async () => {
    const world = await createMeterWorld({ units: 100 });
    const { order, grant } = await buyOnce(world);
    await ingest(world, usage(world, 30));
    await refundOrder(db, world.org.id, order.id, refundOrderBody.parse({ revoke_benefits: true }));
    expect((await db.benefitGrant.findUniqueOrThrow({ where: { id: grant.id } })).status).toBe("revoked");
    expect(await balanceOf(world)).toEqual({ consumed: 30, credited: 30, balance: 0, overage: 0 });

    // Spent beyond its credits: nothing remains to take back, the overage stays.
    const second = await buyOnce(world);
    await ingest(world, usage(world, 150));
    expect(await balanceOf(world)).toMatchObject({ balance: -50, overage: 50 });
    await refundOrder(db, world.org.id, second.order.id, refundOrderBody.parse({ revoke_benefits: true }));
    expect(await balanceOf(world)).toMatchObject({ credited: 130, balance: -50, overage: 50 });
    expect(await ledgerOf(world)).toEqual([["grant", 100], ["revoke", -70], ["grant", 100], ["revoke", 0]]);
  });

  test("two purchases credit the meter twice; each revoke takes back only its own grant's remaining credits", async () => {
    const world = await createMeterWorld({ units: 100 });
    const first = await buyOnce(world);
    const second = await buyOnce(world);
    expect(await balanceOf(world)).toMatchObject({ credited: 200, balance: 200 });
    await ingest(world, usage(world, 50));
    await refundOrder(db, world.org.id, first.order.id, refundOrderBody.parse({ revoke_benefits: true }));
    // The grant being revoked counts as spent last: all of its 100 were unspent, the other grant keeps 50.
    expect(await balanceOf(world)).toEqual({ consumed: 50, credited: 100, balance: 50, overage: 0 });
    expect((await db.benefitGrant.findUniqueOrThrow({ where: { id: second.grant.id } })).status).toBe("granted");
    await refundOrder(db, world.org.id, second.order.id, refundOrderBody.parse({ revoke_benefits: true }));
    expect(await balanceOf(world)).toEqual({ consumed: 50, credited: 50, balance: 0, overage: 0 });
    expect(await ledgerOf(world)).toEqual([["grant", 100], ["grant", 100], ["revoke", -100], ["revoke", -50]]);
  });

  test("editing the benefit keeps what the grant had left, adjusted by the change in units", async () => {
    const world = await createMeterWorld({ units: 100 });
    const { grant } = await buyOnce(world);
    await ingest(world, usage(world, 30));
    // What PATCH /v1/benefits/{id} stores; the re-apply jobs it would queue run here.
    const edit = (properties: Record<string, unknown>) =>
      db.benefit.update({ where: { id: world.benefit.id }, data: { properties: { meter_id: world.meter.id, rollover: false, ...properties } } });

    // The threshold alone changes nothing on the balance.
    await edit({ units: 100, low_balance_threshold: 10 });
    await reapplyGrant(db, grant.id);
    expect(await balanceOf(world)).toMatchObject({ credited: 100, balance: 70 });
    expect((await db.customerMeter.findFirstOrThrow({ where: { meterId: world.meter.id } })).lowBalanceThreshold?.toNumber()).toBe(10);

    await edit({ units: 150, low_balance_threshold: 10 });
    await reapplyGrant(db, grant.id);
    expect(await balanceOf(world)).toMatchObject({ credited: 150, balance: 120 });
    // Re-applied again (a retried job): the grant already holds the new units, nothing changes.
    await reapplyGrant(db, grant.id);
    expect(await balanceOf(world)).toMatchObject({ credited: 150, balance: 120 });
    await edit({ units: 40, low_balance_threshold: null });
    await reapplyGrant(db, grant.id);
    expect(await balanceOf(world)).toMatchObject({ credited: 40, balance: 10 });
    expect(await ledgerOf(world)).toEqual([
      ["grant", 100],
      ["revoke", -70],
      ["grant", 70],
      ["revoke", -70],
      ["grant", 120],
      ["revoke", -120],
      ["grant", 120],
      ["revoke", -120],
      ["grant", 10],
    ]);

    // Moved to another meter: the old meter loses what remained, the new one gets the units.
    const other = await createMeter(db, world.org.id, createMeterBody.parse(meterBody(world.event)));
    await db.benefit.update({ where: { id: world.benefit.id }, data: { properties: { meter_id: other.id, units: 40, rollover: false } } });
    await reapplyGrant(db, grant.id);
    expect(await balanceOf(world)).toMatchObject({ credited: 30, balance: 0 });
    const moved = await db.customerMeter.findUniqueOrThrow({ where: { customerId_meterId: { customerId: world.customer.id, meterId: other.id } } });
    expect(moved.credited.toNumber()).toBe(40);
  });
});
