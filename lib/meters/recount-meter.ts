import type { DbTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { dailyUsageSql, type UsageMeter } from "@/lib/meters/meter-sql";

/**
 * Recomputes a meter's usage from the organization's whole event history: every customer's
 * running total and daily rollups. Runs once when a meter is created, or when its filter or
 * aggregation changes or it is un-archived — never on read. The caller holds the organization's
 * meters lock exclusively (lockMeters), so no batch is half counted meanwhile. Credits are left
 * alone: only `consumed` depends on events.
 */
export async function recountMeter(tx: DbTx, organizationId: string, meter: UsageMeter): Promise<void> {
  await tx.$executeRaw`UPDATE customer_meters SET consumed = 0, modified_at = now() WHERE meter_id = ${meter.id}::uuid AND consumed <> 0`;
  await tx.$executeRaw`
    DELETE FROM customer_meter_days WHERE customer_meter_id IN (SELECT id FROM customer_meters WHERE meter_id = ${meter.id}::uuid)`;
  const history = Prisma.sql`(SELECT customer_id, name, timestamp, metadata FROM events WHERE organization_id = ${organizationId}::uuid)`;
  await tx.$executeRaw`
    WITH per_day AS (${dailyUsageSql([meter], history)}),
    totals AS (
      SELECT customer_id, CASE WHEN bool_and(is_max) THEN max(amount) ELSE sum(amount) END AS amount
      FROM per_day GROUP BY customer_id
    ),
    cm AS (
      INSERT INTO customer_meters AS c (id, customer_id, meter_id, consumed, created_at, modified_at)
      SELECT gen_random_uuid(), customer_id, ${meter.id}::uuid, amount, now(), now() FROM totals ORDER BY customer_id
      ON CONFLICT (customer_id, meter_id) DO UPDATE SET consumed = excluded.consumed, modified_at = now()
      RETURNING c.id, c.customer_id
    )
    INSERT INTO customer_meter_days (customer_meter_id, day, consumed)
    SELECT cm.id, p.day, p.amount FROM per_day p JOIN cm ON cm.customer_id = p.customer_id`;
  // A balance the recount raised back to its threshold is armed for the next alert again.
  await tx.$executeRaw`
    UPDATE customer_meters SET low_balance_alerted_at = NULL
    WHERE meter_id = ${meter.id}::uuid AND low_balance_alerted_at IS NOT NULL
      AND (low_balance_threshold IS NULL OR credited - consumed >= low_balance_threshold)`;
}
