import type { DbTx } from "@/lib/db";
import type { MeterCreditKind } from "@/lib/generated/prisma/client";
import { fromMicros, toMicros } from "@/lib/meters/units";

export type CreditChange = {
  organizationId: string;
  customerId: string;
  meterId: string;
  /** Millionths of a unit (lib/meters/units.ts), signed: a revoke takes credits back. */
  units: bigint;
  kind: MeterCreditKind;
  grantId?: string | null;
  orderId?: string | null;
  reason?: string | null;
};

// Imported by the meter_credit strategy, which the benefit registry puts in client bundles too:
// only type imports from Prisma here (the transaction client does the work).

/**
 * Moves a customer meter's `credited` by `units` (creating the row on first credit) and records
 * the change in the credit ledger, in the caller's transaction. The increment runs under the row
 * lock the upsert takes, so it composes with concurrent usage. A balance back at or above its
 * low-balance threshold is armed for the next alert.
 */
export async function creditCustomerMeter(tx: DbTx, change: CreditChange): Promise<string> {
  const units = fromMicros(change.units);
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO customer_meters AS c (id, customer_id, meter_id, credited, created_at, modified_at)
    VALUES (gen_random_uuid(), ${change.customerId}::uuid, ${change.meterId}::uuid, ${units}::numeric, now(), now())
    ON CONFLICT (customer_id, meter_id) DO UPDATE SET
      credited = c.credited + excluded.credited,
      modified_at = now(),
      low_balance_alerted_at = CASE
        WHEN c.low_balance_threshold IS NULL OR c.credited + excluded.credited - c.consumed >= c.low_balance_threshold THEN NULL
        ELSE c.low_balance_alerted_at END
    RETURNING c.id::text AS id`;
  await tx.meterCredit.create({
    data: {
      organizationId: change.organizationId,
      customerMeterId: row.id,
      grantId: change.grantId ?? null,
      orderId: change.orderId ?? null,
      kind: change.kind,
      units,
      reason: change.reason ?? null,
    },
  });
  return row.id;
}

/** Locks a customer meter row for the transaction and reads its balance (credited − consumed), in millionths. */
export async function lockCustomerMeterBalance(tx: DbTx, customerMeterId: string): Promise<bigint> {
  const [row] = await tx.$queryRaw<{ balance: string }[]>`
    SELECT (credited - consumed)::text AS balance FROM customer_meters WHERE id = ${customerMeterId}::uuid FOR UPDATE`;
  return row ? toMicros(row.balance) : 0n;
}
