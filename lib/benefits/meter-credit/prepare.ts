import { ApiError } from "@/lib/api/errors";
import type { MeterCreditProperties } from "@/lib/benefits/meter-credit/properties";
import type { DbTx } from "@/lib/db";

/** The meter must be one of this organization's. */
export async function prepareMeterCredit(db: DbTx, organizationId: string, parsed: MeterCreditProperties) {
  const meter = await db.meter.findFirst({ where: { id: parsed.meter_id, organizationId }, select: { id: true } });
  if (!meter) throw ApiError.invalid(["body", "properties", "meter_id"], "Meter not found in this organization");
  return parsed;
}
