import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createOrder } from "@/lib/purchases/create-order";
import { createOrderBody, refundOrderBody } from "@/lib/purchases/order-input";
import { refundOrder } from "@/lib/purchases/refund-order";
import { aDate, anId, validation } from "@/lib/purchases/purchase-test-support";
import { createTestCustomer, createTestOrg } from "@/test/factories";
import { balanceOf, createMeterWorld, ingest, ledgerOf, send, usage, type MeterWorld } from "@/test/meter-fixtures";
import { createReceivingEndpoint } from "@/test/webhook-receiver";

const buy = (world: MeterWorld, customerId = world.customer.id) =>
  createOrder(db, world.org.id, createOrderBody.parse({ product_id: world.products.oneTime.id, customer_id: customerId }));

async function until<T>(read: () => Promise<T> | T, isDone: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (isDone(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("customer meters API", () => {
  test("lists and gets balances in Polar's shape (the seed's meters.getBalance), through the SDK", async () => {
    const world = await createMeterWorld({ units: 100, threshold: 20 });
    await buy(world);
    await ingest(world, usage(world, 30));
    const page = await world.polar.customerMeters.list({ customer_id: world.customer.id, meter_id: world.meter.id });
    expect(page.pagination).toEqual({ total_count: 1, max_page: 1 });
    const [item] = page.items;
    expect(item).toEqual({
      id: anId,
      created_at: aDate,
      modified_at: aDate,
      customer_id: world.customer.id,
      meter_id: world.meter.id,
      consumed_units: 30,
      credited_units: 100,
      balance: 70,
      overage_units: 0,
      low_balance_threshold: 20,
      is_low_balance: false,
      customer: expect.objectContaining({ id: world.customer.id, email: world.customer.email, external_id: world.customer.externalId, metadata: {} }),
      meter: expect.objectContaining({ id: world.meter.id, name: world.meter.name, organization_id: world.org.id, aggregation: { func: "count" } }),
    });
    expect(await world.polar.customerMeters.get(item.id)).toEqual(item);
    const byExternalId = await world.polar.customerMeters.list({ external_customer_id: world.customer.externalId! });
    expect(byExternalId.items.map((m) => m.id)).toEqual([item.id]);
  });

  test("balance goes negative and says so; sorting by balance and paging work", async () => {
    const world = await createMeterWorld({ units: 10 });
    const rich = await createTestCustomer(world.org.id);
    await buy(world);
    await buy(world, rich.id);
    await buy(world, rich.id);
    await ingest(world, usage(world, 25));
    expect(await balanceOf(world)).toEqual({ consumed: 25, credited: 10, balance: -15, overage: 15 });
    const [, asc] = await send(world.token, "GET", `/v1/customer-meters/?sorting=balance&limit=1`);
    expect(asc).toMatchObject({ items: [{ customer_id: world.customer.id, balance: -15, overage_units: 15 }], pagination: { total_count: 2, max_page: 2 } });
    const [, desc] = await send(world.token, "GET", `/v1/customer-meters/?sorting=-balance&limit=1&page=1`);
    expect(desc).toMatchObject({ items: [{ customer_id: rich.id, balance: 20 }] });
  });

  test("a manual top-up adds to the balance, belongs to no grant, and stays when a grant is revoked", async () => {
    const world = await createMeterWorld({ units: 100 });
    const order = await buy(world);
    await ingest(world, usage(world, 120));
    const [status, topped] = await send(world.token, "POST", `/v1/meters/${world.meter.id}/credits`, {
      external_customer_id: world.customer.externalId,
      units: 50,
      reason: "Goodwill",
    });
    expect(status).toBe(201);
    expect(topped).toMatchObject({ customer_id: world.customer.id, meter_id: world.meter.id, credited_units: 150, consumed_units: 120, balance: 30 });
    // The grant being revoked counts as spent last: its remaining 30 go, the top-up was spent first.
    await refundOrder(db, world.org.id, order.id, refundOrderBody.parse({ revoke_benefits: true }));
    expect(await balanceOf(world)).toEqual({ consumed: 120, credited: 120, balance: 0, overage: 0 });
    expect(await ledgerOf(world)).toEqual([["grant", 100], ["manual", 50], ["revoke", -30]]);
    const manual = await db.meterCredit.findFirstOrThrow({ where: { kind: "manual", customerMeter: { meterId: world.meter.id } } });
    expect(manual).toMatchObject({ grantId: null, reason: "Goodwill" });
    // A customer with no balance yet gets one.
    const fresh = await createTestCustomer(world.org.id);
    const [s2, created] = await send(world.token, "POST", `/v1/meters/${world.meter.id}/credits`, { customer_id: fresh.id, units: 2.5 });
    expect([s2, created.balance]).toEqual([201, 2.5]);
  });

  test("negatives: no token 401, another organization's records 404 or absent, bad input 422 per field", async () => {
    const world = await createMeterWorld();
    await buy(world);
    const [, list] = await send(world.token, "GET", "/v1/customer-meters/");
    const id = (list.items as { id: string }[])[0].id;
    const other = await createTestOrg();
    const unauthorized = [401, { error: "Unauthorized", detail: "Missing or invalid access token" }];
    expect(await send(undefined, "GET", "/v1/customer-meters/")).toEqual(unauthorized);
    expect(await send(undefined, "GET", `/v1/customer-meters/${id}`)).toEqual(unauthorized);
    expect(await send(other.token, "GET", `/v1/customer-meters/${id}`)).toEqual([404, { error: "ResourceNotFound", detail: "Customer meter not found" }]);
    expect((await send(other.token, "GET", `/v1/customer-meters/?customer_id=${world.customer.id}`))[1]).toEqual({
      items: [],
      pagination: { total_count: 0, max_page: 0 },
    });
    expect(await send(world.token, "GET", "/v1/customer-meters/?customer_id=nope&sorting=size")).toEqual([
      422,
      validation(
        [["query", "customer_id", 0], "Invalid UUID", "invalid_format"],
        [["query", "sorting", 0], expect.stringContaining("Invalid option"), "invalid_value"],
      ),
    ]);

    const credit = (token: string, body: unknown) => send(token, "POST", `/v1/meters/${world.meter.id}/credits`, body);
    const stranger = await createTestCustomer(other.org.id);
    expect(await credit(world.token, { customer_id: stranger.id, units: 5 })).toEqual([422, validation([["body", "customer_id"], "Customer does not exist"])]);
    expect(await credit(world.token, { customer_id: world.customer.id, units: 0 })).toEqual([
      422,
      validation([["body", "units"], "Must be greater than 0", "too_small"]),
    ]);
    expect(await credit(world.token, { units: 5 })).toEqual([422, validation([["body", "customer_id"], "Field required", "missing"])]);
    expect(await credit(world.token, { customer_id: world.customer.id })).toEqual([422, validation([["body", "units"], "Field required", "missing"])]);
    expect(await credit(other.token, { customer_id: world.customer.id, units: 5 })).toEqual([404, { error: "ResourceNotFound", detail: "Meter not found" }]);
    expect(await balanceOf(world)).toMatchObject({ credited: 100 });
  });

  test("customer_meter.balance_low is sent once per crossing of the threshold, and again after a top-up re-arms it", async () => {
    const world = await createMeterWorld({ units: 100, threshold: 20 });
    const { receiver } = await createReceivingEndpoint(world.org.id, ["customer_meter.balance_low"]);
    const alerts = () => db.webhookEvent.findMany({ where: { organizationId: world.org.id, type: "customer_meter.balance_low" }, orderBy: { createdAt: "asc" } });
    try {
      await buy(world);
      await ingest(world, usage(world, 80)); // 20: not below
      expect(await alerts()).toHaveLength(0);
      await ingest(world, usage(world, 1)); // 19: crossed
      await ingest(world, usage(world, 5)); // 14
      await ingest(world, usage(world, 30)); // -16: still the same crossing
      expect(await alerts()).toHaveLength(1);
      expect((await alerts())[0].payload).toMatchObject({
        type: "customer_meter.balance_low",
        data: { customer_id: world.customer.id, meter_id: world.meter.id, balance: 19, low_balance_threshold: 20, is_low_balance: true },
      });

      // Back above the threshold re-arms; ten batches crossing it at once alert once.
      await send(world.token, "POST", `/v1/meters/${world.meter.id}/credits`, { customer_id: world.customer.id, units: 46 }); // 30
      await Promise.all(Array.from({ length: 10 }, () => ingest(world, usage(world, 2)))); // 10
      expect(await alerts()).toHaveLength(2);
      expect((await alerts())[1].payload).toMatchObject({ data: { is_low_balance: true, credited_units: 146 } });
      const balance = (((await alerts())[1].payload as { data: { balance: number } }).data.balance);
      expect(balance).toBeLessThan(20);
      expect(balance).toBeGreaterThanOrEqual(10);

      // The merchant's endpoint gets exactly those two, signed.
      const received = await until(() => receiver.accepted(), (r) => r.length >= 2);
      expect(received.map((r) => r.payload?.type)).toEqual(["customer_meter.balance_low", "customer_meter.balance_low"]);
      expect(new Set(received.map((r) => r.id)).size).toBe(2);
    } finally {
      await receiver.close();
    }
  });
});
