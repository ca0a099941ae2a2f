import type { CustomerMeter } from "@/lib/generated/prisma/client";

export type CustomerMeterBalanceRow = Pick<CustomerMeter, "consumed" | "credited" | "lowBalanceThreshold">;

/**
 * The numbers every view of a balance shows. `balance` = credited − consumed and goes negative when
 * usage outruns credits; Benefactor adds `overage_units` (how far below zero, else 0) and the
 * low-balance state to Polar's fields.
 */
export function balanceFields(cm: CustomerMeterBalanceRow) {
  const consumed = cm.consumed.toNumber();
  const credited = cm.credited.toNumber();
  const balance = cm.credited.minus(cm.consumed).toNumber();
  const threshold = cm.lowBalanceThreshold?.toNumber() ?? null;
  return {
    consumed_units: consumed,
    credited_units: credited,
    balance,
    overage_units: Math.max(0, -balance),
    low_balance_threshold: threshold,
    is_low_balance: threshold !== null && balance < threshold,
  };
}

