import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { alertLowBalances } from "@/lib/meters/alert-low-balances";
import type { IngestEventsInput } from "@/lib/meters/event-input";
import { ingestSql, type EventRow, type IngestResult } from "@/lib/meters/ingest-sql";
import { lockMeters } from "@/lib/meters/lock-meters";
import { resolveEventCustomers } from "@/lib/meters/resolve-event-customers";
import { meterDefinition } from "@/lib/meters/serialize-meter";
import { uuidv7s } from "@/lib/meters/uuid-v7";

const ATTEMPTS = 3;

/**
 * Records a batch of usage events, all or nothing: validation (lib/meters/event-input.ts and the
 * customer lookup) refuses the whole batch with every bad event's reason, so nothing is half
 * recorded and the caller can resend the same batch once fixed. Events whose `external_id` was
 * seen before are skipped and counted as duplicates, which makes resending a batch safe.
 *
 * Cost per batch: one customer lookup, then one transaction — the meters lock (shared), the
 * organization's meters, and one statement that inserts the events and updates every running
 * total they count for. Balances are never recomputed from history here or on read.
 */
export async function ingestEvents(db: Db, organizationId: string, input: IngestEventsInput) {
  if (input.events.length === 0) return { inserted: 0, duplicates: 0 };
  const customerIds = await resolveEventCustomers(db, organizationId, input.events);
  const now = new Date();
  const ids = uuidv7s(input.events.length, now.getTime());
  const rows: EventRow[] = input.events.map((e, i) => ({
    id: ids[i],
    customerId: customerIds[i],
    externalCustomerId: e.external_customer_id ?? null,
    externalId: e.external_id ?? null,
    name: e.name,
    timestamp: e.timestamp ?? now,
    metadata: e.metadata ?? {},
  }));

  for (let attempt = 1; ; attempt++) {
    try {
      const inserted = await db.$transaction(async (tx) => {
        await lockMeters(tx, organizationId, "shared");
        const meters = await tx.meter.findMany({
          where: { organizationId, archivedAt: null },
          select: { id: true, filter: true, aggregation: true },
        });
        const [result] = await tx.$queryRaw<IngestResult[]>(ingestSql(organizationId, rows, meters.map(meterDefinition)));
        if (result.low.length > 0) await alertLowBalances(tx, organizationId, result.low);
        return result.inserted;
      });
      return { inserted, duplicates: rows.length - inserted };
    } catch (err) {
      // Batches lock running totals in key order, but a grant re-apply batch may hold some of the
      // same rows in another order: PostgreSQL then aborts one side, and the batch simply reruns.
      if (attempt >= ATTEMPTS || !isDeadlock(err)) throw err;
    }
  }
}

function isDeadlock(err: unknown): boolean {
  if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2034") return true;
  const text = err instanceof Error ? `${err.message} ${JSON.stringify((err as { meta?: unknown }).meta ?? {})}` : "";
  return /40P01|deadlock detected/i.test(text);
}
