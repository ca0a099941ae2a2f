import { ApiError } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";
import { meterSelect } from "@/lib/meters/serialize-meter";

/** One of this organization's meters; another organization's is a 404. */
export async function getMeterOrThrow(db: DbTx, organizationId: string, id: string) {
  const meter = await db.meter.findFirst({ where: { id, organizationId }, select: meterSelect });
  if (!meter) throw ApiError.notFound("Meter");
  return meter;
}
