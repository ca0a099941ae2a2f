import type { DbTx } from "@/lib/db";

type Scope = { customerMeterId: string; customerId: string; meterId: string };

/**
 * Sets a customer meter's low-balance threshold to the highest `low_balance_threshold` among the
 * customer's meter_credit grants on that meter that hold or are about to hold it (`including` the
 * grant being delivered, `excluding` the one being revoked) — the earliest warning any of them
 * asks for; none means no alerts. A balance at or above the new threshold is armed again.
 */
export async function refreshLowBalanceThreshold(
  tx: DbTx,
  { customerMeterId, customerId, meterId }: Scope,
  grants: { including?: string; excluding?: string },
): Promise<void> {
  const including = grants.including ?? null;
  const excluding = grants.excluding ?? null;
  await tx.$executeRaw`
    WITH t AS (
      SELECT max(CASE WHEN jsonb_typeof(b.properties -> 'low_balance_threshold') = 'number'
                      THEN (b.properties ->> 'low_balance_threshold')::numeric END) AS threshold
      FROM benefit_grants g JOIN benefits b ON b.id = g.benefit_id
      WHERE g.customer_id = ${customerId}::uuid AND b.type = 'meter_credit' AND b.properties ->> 'meter_id' = ${meterId}::text
        AND (g.id = ${including}::uuid
             OR (g.status = 'granted' AND g.target = 'granted' AND g.id IS DISTINCT FROM ${excluding}::uuid))
    )
    UPDATE customer_meters c SET
      low_balance_threshold = t.threshold,
      low_balance_alerted_at = CASE WHEN t.threshold IS NULL OR c.credited - c.consumed >= t.threshold THEN NULL ELSE c.low_balance_alerted_at END
    FROM t WHERE c.id = ${customerMeterId}::uuid`;
}
