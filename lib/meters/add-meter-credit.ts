import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db";
import { creditCustomerMeter } from "@/lib/meters/credit-customer-meter";
import { getCustomerMeterOrThrow } from "@/lib/meters/get-customer-meter-or-throw";
import { getMeterOrThrow } from "@/lib/meters/get-meter-or-throw";
import type { MeterCreditInput } from "@/lib/meters/meter-credit-input";
import { toMicros } from "@/lib/meters/units";

/**
 * The merchant tops up a customer's balance on a meter by hand (a `manual` ledger entry, tied to
 * no grant, so no revoke ever takes it back). Returns the customer meter after the credit.
 */
export async function addMeterCredit(db: Db, organizationId: string, meterId: string, input: MeterCreditInput) {
  return db.$transaction(async (tx) => {
    await getMeterOrThrow(tx, organizationId, meterId);
    const [field, key] = input.customer_id
      ? (["customer_id", { id: input.customer_id }] as const)
      : (["external_customer_id", { externalId: input.external_customer_id as string }] as const);
    const customer = await tx.customer.findFirst({ where: { ...key, organizationId, deletedAt: null }, select: { id: true } });
    if (!customer) throw ApiError.invalid(["body", field], "Customer does not exist");
    const customerMeterId = await creditCustomerMeter(tx, {
      organizationId,
      customerId: customer.id,
      meterId,
      units: toMicros(input.units),
      kind: "manual",
      reason: input.reason ?? null,
    });
    return getCustomerMeterOrThrow(tx, organizationId, customerMeterId);
  });
}
