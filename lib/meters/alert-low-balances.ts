import type { DbTx } from "@/lib/db";
import { customerMeterSelect, serializeCustomerMeter } from "@/lib/meters/serialize-customer-meter";
import { emitWebhookEvent } from "@/lib/webhooks/emit-webhook-event";

/**
 * Sends `customer_meter.balance_low` for the customer meters usage just took below their
 * threshold, once per crossing: the alert is marked on the row, in the transaction that holds the
 * row's lock since the usage update, and only a row not marked yet is alerted. Credits that bring
 * the balance back to the threshold clear the mark (creditCustomerMeter), arming the next alert.
 */
export async function alertLowBalances(tx: DbTx, organizationId: string, customerMeterIds: string[]): Promise<number> {
  const marked = await tx.$queryRaw<{ id: string }[]>`
    UPDATE customer_meters SET low_balance_alerted_at = now()
    WHERE id = ANY(${customerMeterIds}::uuid[]) AND low_balance_alerted_at IS NULL
      AND low_balance_threshold IS NOT NULL AND credited - consumed < low_balance_threshold
    RETURNING id::text AS id`;
  if (marked.length === 0) return 0;
  const rows = await tx.customerMeter.findMany({ where: { id: { in: marked.map((m) => m.id) } }, select: customerMeterSelect });
  for (const row of rows) await emitWebhookEvent(tx, organizationId, "customer_meter.balance_low", serializeCustomerMeter(row));
  return rows.length;
}
