import type { DbTx } from "@/lib/db";

export type UsageDay = { day: string; consumed: number };

const DAY_MS = 86_400_000;

/**
 * Daily usage of each customer meter over the `days` UTC days ending today, zero-filled, oldest
 * first — read from the daily rollups ingestion keeps, so a chart never scans events.
 */
export async function listUsageDays(db: DbTx, customerMeterIds: string[], days: number, now = new Date()): Promise<Map<string, UsageDay[]>> {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const first = new Date(today - (days - 1) * DAY_MS);
  const rows = await db.customerMeterDay.findMany({
    where: { customerMeterId: { in: customerMeterIds }, day: { gte: first, lte: new Date(today) } },
    select: { customerMeterId: true, day: true, consumed: true },
  });
  const byKey = new Map(rows.map((r) => [`${r.customerMeterId}:${r.day.toISOString().slice(0, 10)}`, r.consumed.toNumber()]));
  const series = new Map<string, UsageDay[]>();
  for (const id of customerMeterIds) {
    series.set(
      id,
      Array.from({ length: days }, (_, i) => {
        const day = new Date(first.getTime() + i * DAY_MS).toISOString().slice(0, 10);
        return { day, consumed: byKey.get(`${id}:${day}`) ?? 0 };
      }),
    );
  }
  return series;
}
