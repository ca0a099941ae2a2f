import { ApiError } from "@/lib/api/errors";
import { pageArgs, type Page } from "@/lib/api/pagination";
import type { DbTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { balanceFields } from "@/lib/meters/balance-fields";

// The customer's own view of their balances: Polar's CustomerCustomerMeter, with only the
// meter's name (never its filter, nor the merchant's metadata).
const portalSelect = {
  id: true,
  customerId: true,
  meterId: true,
  consumed: true,
  credited: true,
  lowBalanceThreshold: true,
  createdAt: true,
  modifiedAt: true,
  meter: { select: { id: true, name: true, createdAt: true, modifiedAt: true } },
} as const;

type PortalRow = Prisma.CustomerMeterGetPayload<{ select: typeof portalSelect }>;

const ORDER: Record<string, Prisma.Sql> = {
  created_at: Prisma.sql`cm.created_at`,
  modified_at: Prisma.sql`cm.modified_at`,
  meter_id: Prisma.sql`cm.meter_id`,
  meter_name: Prisma.sql`m.name`,
  consumed_units: Prisma.sql`cm.consumed`,
  credited_units: Prisma.sql`cm.credited`,
  balance: Prisma.sql`(cm.credited - cm.consumed)`,
};

export const PORTAL_METER_SORTING = Object.keys(ORDER).flatMap((k) => [k, `-${k}`]) as [string, ...string[]];

export type PortalMeterFilters = { meterIds?: string[]; query?: string };

/** One customer's balances, filtered by meter or meter name, sorted like Polar's portal list. */
export async function listPortalCustomerMeters(db: DbTx, customerId: string, filters: PortalMeterFilters, sorting: string[], page: Page) {
  const where = Prisma.sql`
    FROM customer_meters cm JOIN meters m ON m.id = cm.meter_id
    WHERE cm.customer_id = ${customerId}::uuid
      ${filters.meterIds?.length ? Prisma.sql`AND cm.meter_id = ANY(${filters.meterIds}::uuid[])` : Prisma.empty}
      ${filters.query ? Prisma.sql`AND m.name ILIKE ${`%${filters.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}` : Prisma.empty}`;
  const orderBy = sorting.map((s) => Prisma.sql`${ORDER[s.replace(/^-/, "")]} ${Prisma.raw(s.startsWith("-") ? "DESC" : "ASC")}`);
  const { skip, take } = pageArgs(page);
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT cm.id::text AS id ${where} ORDER BY ${Prisma.join([...orderBy, Prisma.sql`cm.id ASC`])} LIMIT ${take} OFFSET ${skip}`;
  // A first page that is not full is the whole list (the balance lookup by customer and meter): no count needed.
  const total =
    skip === 0 && ids.length < take ? ids.length : (await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${where}`)[0].total;
  const rows = await db.customerMeter.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: portalSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { items: ids.flatMap((r) => byId.get(r.id) ?? []), total };
}

/** One of the customer's balances; anyone else's is a 404. */
export async function getPortalCustomerMeterOrThrow(db: DbTx, customerId: string, id: string) {
  const row = await db.customerMeter.findFirst({ where: { id, customerId }, select: portalSelect });
  if (!row) throw ApiError.notFound("Customer meter");
  return row;
}

/** Polar's CustomerCustomerMeter, plus the balance fields of lib/meters/balance-fields.ts. */
export function serializePortalCustomerMeter(row: PortalRow) {
  return {
    id: row.id,
    created_at: row.createdAt.toISOString(),
    modified_at: row.modifiedAt.toISOString(),
    customer_id: row.customerId,
    meter_id: row.meterId,
    ...balanceFields(row),
    meter: { id: row.meter.id, name: row.meter.name, created_at: row.meter.createdAt.toISOString(), modified_at: row.meter.modifiedAt.toISOString() },
  };
}

export type PortalCustomerMeter = ReturnType<typeof serializePortalCustomerMeter>;
