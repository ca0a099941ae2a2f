import { customerSelect, serializeCustomer, type CustomerRow } from "@/lib/customers/serialize-customer";
import type { CustomerMeter } from "@/lib/generated/prisma/client";
import { balanceFields } from "@/lib/meters/balance-fields";
import { meterSelect, serializeMeter, type MeterRow } from "@/lib/meters/serialize-meter";

export const customerMeterScalarSelect = {
  id: true,
  customerId: true,
  meterId: true,
  consumed: true,
  credited: true,
  lowBalanceThreshold: true,
  lowBalanceAlertedAt: true,
  createdAt: true,
  modifiedAt: true,
} as const;

export const customerMeterSelect = {
  ...customerMeterScalarSelect,
  customer: { select: customerSelect },
  meter: { select: meterSelect },
} as const;

export type CustomerMeterRow = Pick<CustomerMeter, keyof typeof customerMeterScalarSelect> & { customer: CustomerRow; meter: MeterRow };

/** Polar's `CustomerMeter`, plus the fields of balanceFields. */
export function serializeCustomerMeter(cm: CustomerMeterRow) {
  return {
    id: cm.id,
    created_at: cm.createdAt.toISOString(),
    modified_at: cm.modifiedAt.toISOString(),
    customer_id: cm.customerId,
    meter_id: cm.meterId,
    ...balanceFields(cm),
    customer: serializeCustomer(cm.customer),
    meter: serializeMeter(cm.meter),
  };
}
