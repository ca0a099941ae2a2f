import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createMeter } from "@/lib/meters/create-meter";
import { lockMeters } from "@/lib/meters/lock-meters";
import { createMeterBody } from "@/lib/meters/meter-input";
import { validation } from "@/lib/purchases/purchase-test-support";
import { createTestCustomer, createTestOrg, randomSuffix } from "@/test/factories";
import { balanceOf, createMeterWorld, ingest, meterBody, send, usage } from "@/test/meter-fixtures";

const dailyUsage = async (customerId: string, meterId: string) =>
  (
    await db.customerMeterDay.findMany({
      where: { customerMeter: { customerId, meterId } },
      orderBy: { day: "asc" },
      select: { day: true, consumed: true },
    })
  ).map((d) => [d.day.toISOString().slice(0, 10), d.consumed.toNumber()]);

describe("POST /v1/events/ingest", () => {
  test("counts, sums and maxes matching events into running totals and daily rollups; other events count for nothing", async () => {
    const world = await createMeterWorld();
    const { org, polar, customer, event } = world;
    const sum = await createMeter(db, org.id, createMeterBody.parse(meterBody(event, { func: "sum", property: "metadata.tokens" })));
    const max = await createMeter(db, org.id, createMeterBody.parse(meterBody(event, { func: "max", property: "metadata.tokens" })));
    const gpt = await createMeter(
      db,
      org.id,
      createMeterBody.parse({
        ...meterBody(event),
        filter: {
          conjunction: "and",
          clauses: [
            { property: "name", operator: "eq", value: event },
            { property: "metadata.model", operator: "like", value: "gpt-4" },
            { conjunction: "or", clauses: [{ property: "metadata.tokens", operator: "gte", value: 10 }, { property: "metadata.cached", operator: "eq", value: true }] },
          ],
        },
      }),
    );
    const percent = await createMeter(
      db,
      org.id,
      createMeterBody.parse({ ...meterBody(event), filter: { conjunction: "and", clauses: [{ property: "metadata.model", operator: "like", value: "4%" }] } }),
    );
    const result = await polar.events.ingest({
      events: [
        { name: event, customer_id: customer.id, timestamp: "2026-01-01T10:00:00Z", metadata: { tokens: 12, model: "gpt-4o" } },
        { name: event, customer_id: customer.id, timestamp: "2026-01-01T23:59:59.999+00:00", metadata: { tokens: 3.5, model: "gpt-4o", cached: true } },
        { name: event, external_customer_id: customer.externalId!, timestamp: "2026-01-02T00:30:00+01:00", metadata: { tokens: 4, model: "claude" } },
        { name: event, customer_id: customer.id, timestamp: "2026-01-02T08:00:00Z", metadata: { tokens: "lots", model: "gpt-4%" } },
        { name: "something.else", customer_id: customer.id, metadata: { tokens: 1000 } },
      ],
    });
    expect(result).toEqual({ inserted: 5, duplicates: 0 });

    const consumed = async (meterId: string) =>
      (await db.customerMeter.findUnique({ where: { customerId_meterId: { customerId: customer.id, meterId } } }))?.consumed.toNumber();
    expect(await consumed(world.meter.id)).toBe(4); // count
    expect(await consumed(sum.id)).toBe(19.5); // a non-numeric field adds nothing
    expect(await consumed(max.id)).toBe(12);
    // The 4th event's model contains "gpt-4", but its tokens are text (no numeric match) and it is not cached.
    expect(await consumed(gpt.id)).toBe(2);
    // like is a literal "contains": the % in "4%" is not a wildcard.
    expect(await consumed(percent.id)).toBe(1);
    // 00:30+01:00 is 23:30 UTC on January 1st: days are UTC.
    expect(await dailyUsage(customer.id, world.meter.id)).toEqual([["2026-01-01", 3], ["2026-01-02", 1]]);
    expect(await dailyUsage(customer.id, sum.id)).toEqual([["2026-01-01", 19.5], ["2026-01-02", 0]]);
    expect(await dailyUsage(customer.id, max.id)).toEqual([["2026-01-01", 12], ["2026-01-02", 0]]);

    await ingest(world, [{ name: event, customer_id: customer.id, timestamp: "2026-01-02T09:00:00Z", metadata: { tokens: 7 } }]);
    expect(await consumed(max.id)).toBe(12);
    expect(await dailyUsage(customer.id, max.id)).toEqual([["2026-01-01", 12], ["2026-01-02", 7]]);
    expect(await consumed(sum.id)).toBe(26.5);
  });

  test("a repeated external_id is skipped, within a batch and across batches: retries never count twice", async () => {
    const world = await createMeterWorld();
    const a = { name: world.event, customer_id: world.customer.id, external_id: `evt-${randomSuffix()}` };
    const b = { name: world.event, customer_id: world.customer.id, external_id: `evt-${randomSuffix()}` };
    expect(await ingest(world, [a, a, b, { name: world.event, customer_id: world.customer.id }])).toEqual({ inserted: 3, duplicates: 1 });
    expect(await ingest(world, [a, b])).toEqual({ inserted: 0, duplicates: 2 });
    expect(await ingest(world, [b, { ...a, external_id: `evt-${randomSuffix()}` }])).toEqual({ inserted: 1, duplicates: 1 });
    expect(await balanceOf(world)).toEqual({ consumed: 4, credited: 0, balance: -4, overage: 4 });
    expect(await db.event.count({ where: { organizationId: world.org.id } })).toBe(4);
    // The same external_id in another organization is another event.
    const other = await createMeterWorld();
    expect(await ingest(other, [{ ...a, name: other.event, customer_id: other.customer.id }])).toEqual({ inserted: 1, duplicates: 0 });
  });

  test("a batch with any invalid event is refused whole, each bad event reported at its own loc", async () => {
    const world = await createMeterWorld();
    const stranger = await createTestCustomer((await createTestOrg()).org.id);
    const future = new Date(Date.now() + 10 * 60_000).toISOString();
    const ok = { name: world.event, customer_id: world.customer.id };
    const [status, body] = await send(world.token, "POST", "/v1/events/ingest", {
      events: [
        ok,
        { name: world.event },
        { ...ok, timestamp: future },
        { ...ok, name: "" },
        { ...ok, metadata: { n: 1e16 } },
        { ...ok, external_customer_id: "x" },
        { ...ok, timestamp: "yesterday" },
      ],
    });
    expect([status, body]).toEqual([
      422,
      validation(
        [["body", "events", 1, "customer_id"], "Field required", "missing"],
        [["body", "events", 2, "timestamp"], "Must not be in the future", "custom"],
        [["body", "events", 3, "name"], "Name is required", "too_small"],
        [["body", "events", 4, "metadata", "n"], "Numbers are between -1e15 and 1e15", "too_big"],
        [["body", "events", 5, "external_customer_id"], "Send customer_id or external_customer_id, not both", "custom"],
        [["body", "events", 6, "timestamp"], "Must be an ISO-8601 date-time with a timezone", "invalid_format"],
      ),
    ]);
    // Unknown customers (another organization's, an unknown external id) are found after the shape checks.
    const [status2, body2] = await send(world.token, "POST", "/v1/events/ingest", {
      events: [ok, { name: world.event, customer_id: stranger.id }, { name: world.event, external_customer_id: "nobody" }, ok],
    });
    expect([status2, body2]).toEqual([
      422,
      validation(
        [["body", "events", 1, "customer_id"], "Customer does not exist"],
        [["body", "events", 2, "external_customer_id"], "Customer does not exist"],
      ),
    ]);
    expect(await db.event.count({ where: { organizationId: world.org.id } })).toBe(0);
    expect(await balanceOf(world)).toBeNull();

    const tooMany = Array.from({ length: 1001 }, () => ok);
    expect(await send(world.token, "POST", "/v1/events/ingest", { events: tooMany })).toEqual([
      422,
      validation([["body", "events"], "At most 1000 events per call", "too_big"]),
    ]);
    expect(await send(world.token, "POST", "/v1/events/ingest", {})).toEqual([422, validation([["body", "events"], "Field required", "missing"])]);
    expect(await send(world.token, "POST", "/v1/events/ingest", { events: [] })).toEqual([200, { inserted: 0, duplicates: 0 }]);
    expect(await send(undefined, "POST", "/v1/events/ingest", { events: [ok] })).toEqual([
      401,
      { error: "Unauthorized", detail: "Missing or invalid access token" },
    ]);
    // Another organization's token cannot record usage for this organization's customer.
    const other = await createTestOrg();
    expect(await send(other.token, "POST", "/v1/events/ingest", { events: [ok] })).toEqual([
      422,
      validation([["body", "events", 0, "customer_id"], "Customer does not exist"]),
    ]);
  });

  test("a meter created after its events counts them at once; a new filter recounts from history", async () => {
    const world = await createMeterWorld();
    await ingest(world, [
      ...usage(world, 3, { region: "eu", n: 2 }),
      ...usage(world, 2, { region: "us", n: 5 }),
    ]);
    const [status, late] = await send(world.token, "POST", "/v1/meters/", meterBody(world.event, { func: "sum", property: "metadata.n" }));
    expect(status).toBe(201);
    const [, list] = await send(world.token, "GET", `/v1/customer-meters/?meter_id=${late.id}`);
    expect(list.items).toMatchObject([{ customer_id: world.customer.id, consumed_units: 16, credited_units: 0, balance: -16 }]);

    const [s2] = await send(world.token, "PATCH", `/v1/meters/${late.id}`, {
      filter: { conjunction: "and", clauses: [{ property: "metadata.region", operator: "eq", value: "us" }] },
    });
    expect(s2).toBe(200);
    const [, after] = await send(world.token, "GET", `/v1/customer-meters/?meter_id=${late.id}`);
    expect(after.items).toMatchObject([{ consumed_units: 10 }]);
    expect(await dailyUsage(world.customer.id, late.id as string)).toHaveLength(1);
    // An archived meter stops counting; un-archiving recounts what it missed.
    await send(world.token, "PATCH", `/v1/meters/${late.id}`, { is_archived: true });
    await ingest(world, usage(world, 1, { region: "us", n: 100 }));
    expect((await send(world.token, "GET", `/v1/customer-meters/?meter_id=${late.id}`))[1].items).toMatchObject([{ consumed_units: 10 }]);
    await send(world.token, "PATCH", `/v1/meters/${late.id}`, { is_archived: false });
    expect((await send(world.token, "GET", `/v1/customer-meters/?meter_id=${late.id}`))[1].items).toMatchObject([{ consumed_units: 110 }]);
  });

  test("events ingested while a meter is created or redefined are counted exactly once", async () => {
    const world = await createMeterWorld();
    const sum = meterBody(world.event, { func: "sum", property: "metadata.n" });
    const batches = Array.from({ length: 20 }, () => usage(world, 50, { n: 2 }));
    let meterId = "";
    await Promise.all([
      ...batches.slice(0, 10).map((events) => ingest(world, events)),
      (async () => {
        const [status, meter] = await send(world.token, "POST", "/v1/meters/", sum);
        expect(status).toBe(201);
        meterId = meter.id as string;
        await Promise.all([
          ...batches.slice(10).map((events) => ingest(world, events)),
          send(world.token, "PATCH", `/v1/meters/${meterId}`, { aggregation: { func: "sum", property: "metadata.n" }, filter: { conjunction: "or", clauses: [{ property: "name", operator: "eq", value: world.event }] } }),
        ]);
      })(),
    ]);
    const consumed = await db.customerMeter.findUniqueOrThrow({ where: { customerId_meterId: { customerId: world.customer.id, meterId } } });
    expect(consumed.consumed.toNumber()).toBe(2000);
    expect(await dailyUsage(world.customer.id, meterId)).toEqual([[new Date().toISOString().slice(0, 10), 2000]]);
  });

  test("ingestion and meter changes exclude each other through the organization's meters lock", async () => {
    const world = await createMeterWorld();
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    /** Holds the lock in a transaction of the test until `release` is called. */
    const hold = async (mode: "shared" | "exclusive") => {
      let release!: () => void;
      const released = new Promise<void>((r) => (release = r));
      let isHeld!: () => void;
      const held = new Promise<void>((r) => (isHeld = r));
      const tx = db.$transaction(
        async (t) => {
          await lockMeters(t, world.org.id, mode);
          isHeld();
          await released;
        },
        { timeout: 20_000 },
      );
      await held;
      return async () => {
        release();
        await tx;
      };
    };

    // A meter being created or changed (exclusive) holds every batch back until it commits…
    let release = await hold("exclusive");
    let isDone = false;
    const batch = ingest(world, usage(world, 5)).then(() => (isDone = true));
    await sleep(800);
    expect(isDone).toBe(false);
    await release();
    await batch;
    expect(await balanceOf(world)).toMatchObject({ consumed: 5 });

    // …and a batch in flight (shared) holds a meter change back; batches do not wait for each other.
    release = await hold("shared");
    expect(await ingest(world, usage(world, 1))).toEqual({ inserted: 1, duplicates: 0 });
    isDone = false;
    const creating = createMeter(db, world.org.id, createMeterBody.parse(meterBody(world.event))).then(() => (isDone = true));
    await sleep(800);
    expect(isDone).toBe(false);
    await release();
    await creating;
  });

  test("10 clients ingesting 1,000 events each at once leave the exact balance", async () => {
    const world = await createMeterWorld({ aggregation: { func: "sum", property: "metadata.n" } });
    const second = await createTestCustomer(world.org.id);
    let expected = 0;
    const clients = Array.from({ length: 10 }, (_, c) => {
      const batches = Array.from({ length: 10 }, (_, b) =>
        Array.from({ length: 100 }, (_, i) => {
          const n = ((c * 1000 + b * 100 + i) % 7) + 1;
          expected += n;
          // Every batch touches both customers, in a different order per client.
          const customerId = (i + c) % 2 === 0 ? world.customer.id : second.id;
          return { name: world.event, customer_id: customerId, external_id: `c${c}-b${b}-i${i}`, metadata: { n } };
        }),
      );
      return (async () => {
        for (const events of batches) await ingest(world, events);
      })();
    });
    await Promise.all(clients);
    const rows = await db.customerMeter.findMany({ where: { meterId: world.meter.id }, select: { consumed: true } });
    expect(rows.reduce((total, r) => total + r.consumed.toNumber(), 0)).toBe(expected);
    expect(await db.event.count({ where: { organizationId: world.org.id } })).toBe(10_000);
    const days = await db.customerMeterDay.aggregate({ where: { customerMeter: { meterId: world.meter.id } }, _sum: { consumed: true } });
    expect(days._sum.consumed?.toNumber()).toBe(expected);
  }, 120_000);
});
