import { ApiError } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";
import { customerMeterSelect } from "@/lib/meters/serialize-customer-meter";

/** One customer meter of this organization (through its meter); another organization's is a 404. */
export async function getCustomerMeterOrThrow(db: DbTx, organizationId: string, id: string) {
  const row = await db.customerMeter.findFirst({ where: { id, meter: { organizationId } }, select: customerMeterSelect });
  if (!row) throw ApiError.notFound("Customer meter");
  return row;
}
