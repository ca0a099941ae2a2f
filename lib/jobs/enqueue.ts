import type { EventData, EventName } from "@/inngest/events";
import type { DbTx } from "@/lib/db";

export type OutboxEvent<N extends EventName = EventName> = {
  name: N;
  data: EventData<N>;
  organizationId?: string | null;
  /** Work with the same key runs one at a time, in creation order (e.g. `customer:<id>`). */
  concurrencyKey?: string | null;
  /** Not before this time (scheduled work). */
  runAfter?: Date;
};

/**
 * Records work to do, in the caller's transaction: it commits with the state change that caused
 * it or not at all. The runner (in-process or Inngest) picks it up after commit.
 */
export async function enqueue(tx: DbTx, events: OutboxEvent[]): Promise<string[]> {
  if (events.length === 0) return [];
  const rows = await tx.outbox.createManyAndReturn({
    data: events.map((e) => ({
      name: e.name,
      data: e.data,
      organizationId: e.organizationId ?? null,
      concurrencyKey: e.concurrencyKey ?? null,
      ...(e.runAfter ? { runAfter: e.runAfter } : {}),
    })),
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

export const customerKey = (customerId: string) => `customer:${customerId}`;
