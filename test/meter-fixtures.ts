// Meter test data: an organization with a meter, a meter_credit benefit on it sold one-time and
// monthly, a customer, and helpers to ingest events and read balances through the API.
import { expect } from "vitest";
import { db } from "@/lib/db";
import { createMeter } from "@/lib/meters/create-meter";
import { createMeterBody } from "@/lib/meters/meter-input";
import { api, createTestBenefit, createTestCustomer, createTestOrg, createTestProduct, randomSuffix } from "@/test/factories";

type MeterBody = Record<string, unknown>;

/** `{conjunction: "and", clauses: [name = <event>]}` with a count or a sum over metadata.<key>. */
export function meterBody(event: string, aggregation: MeterBody = { func: "count" }, extra: MeterBody = {}): MeterBody {
  return {
    name: `Meter ${randomSuffix()}`,
    filter: { conjunction: "and", clauses: [{ property: "name", operator: "eq", value: event }] },
    aggregation,
    ...extra,
  };
}

export type MeterWorldOptions = {
  aggregation?: MeterBody;
  units?: number;
  rollover?: boolean;
  threshold?: number | null;
};

/**
 * An organization with a meter counting (or summing) `api.call` events, a meter_credit benefit of
 * `units` on it, a one-time and a monthly product with that benefit, and one customer.
 */
export async function createMeterWorld(options: MeterWorldOptions = {}) {
  const env = await createTestOrg();
  const event = `api.call.${randomSuffix()}`;
  const meter = await createMeter(db, env.org.id, createMeterBody.parse(meterBody(event, options.aggregation)));
  const benefit = await createTestBenefit(env.org.id, {
    type: "meter_credit",
    description: "API credits",
    properties: {
      meter_id: meter.id,
      units: options.units ?? 100,
      rollover: options.rollover ?? false,
      low_balance_threshold: options.threshold ?? null,
    },
  });
  const oneTime = await createTestProduct(env.org.id, { benefitIds: [benefit.id] });
  const monthly = await createTestProduct(env.org.id, { recurring_interval: "month", benefitIds: [benefit.id] });
  const customer = await createTestCustomer(env.org.id, { external_id: `user_${randomSuffix()}` });
  return { ...env, event, meter, benefit, products: { oneTime, monthly }, customer };
}

export type MeterWorld = Awaited<ReturnType<typeof createMeterWorld>>;

/** A raw JSON call with a token; resolves to [status, body]. */
export async function send(token: string | undefined, method: string, path: string, json?: unknown) {
  const res = await api(path, { method, token, json });
  const text = await res.text();
  return [res.status, text ? JSON.parse(text) : null] as [number, Record<string, unknown> & { items?: unknown[] }];
}

/** POST /v1/events/ingest with `count` events of the world's name for its customer; asserts 200. */
export async function ingest(world: MeterWorld, events: Record<string, unknown>[]) {
  const [status, body] = await send(world.token, "POST", "/v1/events/ingest", { events });
  expect(status, JSON.stringify(body)).toBe(200);
  return body as { inserted: number; duplicates: number };
}

/** `n` events of the world's meter for the world's customer (metadata as given). */
export function usage(world: MeterWorld, n: number, metadata: Record<string, unknown> = {}) {
  return Array.from({ length: n }, () => ({ name: world.event, customer_id: world.customer.id, metadata }));
}

/** The customer's balance on the world's meter, through GET /v1/customer-meters/ (the seed's meters.getBalance). */
export async function balanceOf(world: MeterWorld, customerId = world.customer.id) {
  const [status, body] = await send(world.token, "GET", `/v1/customer-meters/?customer_id=${customerId}&meter_id=${world.meter.id}`);
  expect(status).toBe(200);
  const [item] = body.items as { consumed_units: number; credited_units: number; balance: number; overage_units: number }[];
  return item ? { consumed: item.consumed_units, credited: item.credited_units, balance: item.balance, overage: item.overage_units } : null;
}

/** The customer meter's ledger, oldest first: [kind, units]. */
export async function ledgerOf(world: MeterWorld, customerId = world.customer.id) {
  const rows = await db.meterCredit.findMany({
    where: { customerMeter: { customerId, meterId: world.meter.id } },
    orderBy: { id: "asc" },
    select: { kind: true, units: true },
  });
  return rows.map((r) => [r.kind, r.units.toNumber()]);
}
