import { Prisma } from "@/lib/generated/prisma/client";
import { dailyUsageSql, type UsageMeter } from "@/lib/meters/meter-sql";

export type EventRow = {
  id: string;
  customerId: string;
  externalCustomerId: string | null;
  externalId: string | null;
  name: string;
  timestamp: Date;
  metadata: Record<string, unknown>;
};

/** What the statement returns: how many events were new, and the customer meters it left below their threshold unalerted. */
export type IngestResult = { inserted: number; low: string[] };

/**
 * One statement for a whole batch: insert the events (a repeated `external_id` is skipped by ON
 * CONFLICT DO NOTHING, within the batch as across batches), then add what the inserted ones — and
 * only those — count for to each (customer, meter) running total and its daily rollup. The totals
 * are increments (`consumed + n`, `GREATEST` for max) under the row lock ON CONFLICT takes, so
 * parallel batches add up exactly; rows are upserted in key order so they cannot deadlock on each
 * other.
 */
export function ingestSql(organizationId: string, rows: EventRow[], meters: UsageMeter[]): Prisma.Sql {
  const insert = Prisma.sql`
    input AS (
      SELECT * FROM unnest(
        ${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.customerId)}::uuid[], ${rows.map((r) => r.externalCustomerId)}::text[],
        ${rows.map((r) => r.externalId)}::text[], ${rows.map((r) => r.name)}::text[],
        ${rows.map((r) => r.timestamp.toISOString())}::timestamptz[], ${rows.map((r) => JSON.stringify(r.metadata))}::jsonb[]
      ) AS t(id, customer_id, external_customer_id, external_id, name, timestamp, metadata)
    ),
    ins AS (
      INSERT INTO events (id, organization_id, customer_id, external_customer_id, external_id, name, timestamp, metadata, created_at)
      SELECT id, ${organizationId}::uuid, customer_id, external_customer_id, external_id, name, timestamp, metadata, now() FROM input
      ON CONFLICT (organization_id, external_id) DO NOTHING
      RETURNING customer_id, name, timestamp, metadata
    )`;
  if (meters.length === 0) return Prisma.sql`WITH ${insert} SELECT (SELECT count(*) FROM ins)::int AS inserted, ARRAY[]::text[] AS low`;

  const maxMeters = meters.filter((m) => m.aggregation.func === "max").map((m) => m.id);
  return Prisma.sql`
    WITH ${insert},
    per_day AS (${dailyUsageSql(meters, Prisma.sql`ins`)}),
    totals AS (
      SELECT meter_id, customer_id, CASE WHEN bool_and(is_max) THEN max(amount) ELSE sum(amount) END AS amount
      FROM per_day GROUP BY meter_id, customer_id
    ),
    cm AS (
      INSERT INTO customer_meters AS c (id, customer_id, meter_id, consumed, created_at, modified_at)
      SELECT gen_random_uuid(), customer_id, meter_id, amount, now(), now() FROM totals ORDER BY customer_id, meter_id
      ON CONFLICT (customer_id, meter_id) DO UPDATE SET
        consumed = CASE WHEN c.meter_id = ANY(${maxMeters}::uuid[]) THEN GREATEST(c.consumed, excluded.consumed) ELSE c.consumed + excluded.consumed END,
        modified_at = now()
      RETURNING c.id, c.customer_id, c.meter_id, c.credited, c.consumed, c.low_balance_threshold, c.low_balance_alerted_at
    ),
    days_summed AS (
      INSERT INTO customer_meter_days AS d (customer_meter_id, day, consumed)
      SELECT cm.id, p.day, p.amount FROM per_day p JOIN cm USING (customer_id, meter_id) WHERE NOT p.is_max ORDER BY 1, 2
      ON CONFLICT (customer_meter_id, day) DO UPDATE SET consumed = d.consumed + excluded.consumed
    ),
    days_maxed AS (
      INSERT INTO customer_meter_days AS d (customer_meter_id, day, consumed)
      SELECT cm.id, p.day, p.amount FROM per_day p JOIN cm USING (customer_id, meter_id) WHERE p.is_max ORDER BY 1, 2
      ON CONFLICT (customer_meter_id, day) DO UPDATE SET consumed = GREATEST(d.consumed, excluded.consumed)
    )
    SELECT (SELECT count(*) FROM ins)::int AS inserted,
      ARRAY(
        SELECT id::text FROM cm
        WHERE low_balance_threshold IS NOT NULL AND low_balance_alerted_at IS NULL AND credited - consumed < low_balance_threshold
      ) AS low`;
}
