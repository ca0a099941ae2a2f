import type { Db } from "@/lib/db";

export type OutboxEvent = { id: string; name: string; data: Record<string, unknown> };
export type SendEvents = (events: OutboxEvent[]) => Promise<unknown>;

/**
 * Inngest mode: hands due outbox rows to Inngest and stamps `sent_at`. Also re-sends rows sent
 * more than `resendAfterMs` ago that no function run has completed (a send Inngest acknowledged
 * but lost, or an app that was down when the cron fired). Re-sending is safe: the row id is the
 * event id, which Inngest deduplicates, and the handlers are idempotent besides.
 *
 * The rows are stamped before sending, so two dispatchers do not send the same batch; a failed
 * send clears the stamp for the next round. Returns how many rows were sent.
 */
export async function dispatchOutbox(
  db: Db,
  send: SendEvents,
  { limit = 100, resendAfterMs = 15 * 60_000 }: { limit?: number; resendAfterMs?: number } = {},
): Promise<number> {
  const rows = await db.$queryRaw<(OutboxEvent & { createdAt: Date })[]>`
    UPDATE outbox o SET sent_at = now()
    FROM (
      SELECT id FROM outbox
      WHERE completed_at IS NULL AND failed_at IS NULL AND run_after <= now()
        AND (sent_at IS NULL OR sent_at < now() - ${resendAfterMs}::integer * interval '1 millisecond')
      ORDER BY completed_at, run_after -- walks the (completed_at, run_after) index, see claim-due-jobs.ts
      LIMIT ${limit}::integer
      FOR UPDATE SKIP LOCKED
    ) due
    WHERE o.id = due.id
    RETURNING o.id::text AS id, o.name, o.data, o.created_at AS "createdAt"`;
  if (rows.length === 0) return 0;
  // Oldest first: Inngest queues a concurrency key's runs in arrival order.
  rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
  try {
    await send(rows.map(({ id, name, data }) => ({ id, name, data })));
  } catch (error) {
    const ids = rows.map((row) => row.id);
    await db.$executeRaw`UPDATE outbox SET sent_at = NULL WHERE id = ANY(${ids}::uuid[])`;
    throw error;
  }
  return rows.length;
}
