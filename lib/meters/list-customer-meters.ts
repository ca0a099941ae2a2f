import { pageArgs, type Page } from "@/lib/api/pagination";
import type { DbTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { customerMeterSelect } from "@/lib/meters/serialize-customer-meter";

// Polar's CustomerMeterSortProperty → the column it sorts by (balance is an expression, which is
// why the page's ids come from SQL).
const ORDER: Record<string, Prisma.Sql> = {
  created_at: Prisma.sql`cm.created_at`,
  modified_at: Prisma.sql`cm.modified_at`,
  customer_id: Prisma.sql`cm.customer_id`,
  customer_name: Prisma.sql`c.name`,
  meter_id: Prisma.sql`cm.meter_id`,
  meter_name: Prisma.sql`m.name`,
  consumed_units: Prisma.sql`cm.consumed`,
  credited_units: Prisma.sql`cm.credited`,
  balance: Prisma.sql`(cm.credited - cm.consumed)`,
};

export const CUSTOMER_METER_SORTING = Object.keys(ORDER).flatMap((k) => [k, `-${k}`]) as [string, ...string[]];

export type CustomerMeterFilters = {
  customerIds?: string[];
  externalCustomerIds?: string[];
  meterIds?: string[];
};

/**
 * The organization's customer meters (one per customer × meter that was ever credited or used),
 * filtered and sorted like Polar's list. Filters of one kind match any of their values; kinds AND.
 */
export async function listCustomerMeters(db: DbTx, organizationId: string, filters: CustomerMeterFilters, sorting: string[], page: Page) {
  const where = Prisma.sql`
    FROM customer_meters cm JOIN meters m ON m.id = cm.meter_id JOIN customers c ON c.id = cm.customer_id
    WHERE m.organization_id = ${organizationId}::uuid
      ${filters.customerIds?.length ? Prisma.sql`AND cm.customer_id = ANY(${filters.customerIds}::uuid[])` : Prisma.empty}
      ${filters.externalCustomerIds?.length ? Prisma.sql`AND c.external_id = ANY(${filters.externalCustomerIds}::text[])` : Prisma.empty}
      ${filters.meterIds?.length ? Prisma.sql`AND cm.meter_id = ANY(${filters.meterIds}::uuid[])` : Prisma.empty}`;
  const orderBy = sorting.map((s) => Prisma.sql`${ORDER[s.replace(/^-/, "")]} ${Prisma.raw(s.startsWith("-") ? "DESC" : "ASC")}`);
  const { skip, take } = pageArgs(page);
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT cm.id::text AS id ${where} ORDER BY ${Prisma.join([...orderBy, Prisma.sql`cm.id ASC`])} LIMIT ${take} OFFSET ${skip}`;
  // A first page that is not full is the whole list (the balance lookup by customer and meter): no count needed.
  const total =
    skip === 0 && ids.length < take ? ids.length : (await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${where}`)[0].total;
  const rows = await db.customerMeter.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: customerMeterSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { items: ids.flatMap((r) => byId.get(r.id) ?? []), total };
}
