import type { Db } from "@/lib/db";
import type { ClaimedJob } from "./job-types";

// Any constant works: it only has to be the same in every process that claims from this outbox.
export const CLAIM_LOCK_KEY = 0x6f7574626f78; // "outbox"

/**
 * Claims up to `limit` due outbox rows for this runner: locks them for `lockMs` (another runner
 * takes a row back only once its lock expired, i.e. its runner died) and counts the attempt.
 *
 * Per concurrency key, a row is claimable only when it is the oldest unfinished row of its key
 * and no other row of the key is in flight, so the work of one customer runs one at a time and
 * in creation order, across any number of runner processes. Rows waiting for a retry keep their
 * place: later rows of the key wait behind them.
 *
 * Why the advisory lock: `FOR UPDATE SKIP LOCKED` alone stops two runners from taking the same
 * row, not two rows of one key. Created_at is the enqueuing transaction's start, so a row can
 * commit after a newer row of its key was already claimed; a runner whose snapshot predates that
 * claim's commit would then see no row in flight and take the older row too. Claims are short
 * (one indexed statement), so serialising them with a transaction-level advisory lock costs
 * little, and the claim statement, running after the lock is granted, sees every earlier claim.
 *
 * Times are `now()`, the transaction's start (stable, so the index can be used): at most the
 * lock wait early, so a row becomes due or a dead runner's lock expires that much later, never
 * sooner. Due rows are taken in `run_after` order; within a key, creation order decides.
 */
export async function claimDueJobs(db: Db, { limit, lockMs }: { limit: number; lockMs: number }): Promise<ClaimedJob[]> {
  if (limit <= 0) return [];
  const [, rows] = await db.$transaction([
    db.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${CLAIM_LOCK_KEY}::bigint)`,
    db.$queryRaw<ClaimedJob[]>`
      UPDATE outbox o
      SET locked_until = clock_timestamp() + ${lockMs}::integer * interval '1 millisecond',
          attempts = o.attempts + 1
      FROM (
        SELECT c.id
        FROM outbox c
        WHERE c.completed_at IS NULL
          AND c.failed_at IS NULL
          AND c.run_after <= now()
          AND (c.locked_until IS NULL OR c.locked_until < now())
          AND (c.concurrency_key IS NULL OR NOT EXISTS (
            SELECT 1
            FROM outbox p
            WHERE p.concurrency_key = c.concurrency_key
              AND p.id <> c.id
              AND p.completed_at IS NULL
              AND p.failed_at IS NULL
              AND (p.locked_until > now()
                   OR p.created_at < c.created_at
                   OR (p.created_at = c.created_at AND p.id < c.id))
          ))
        -- completed_at is NULL on every row here: naming it lets PostgreSQL walk the
        -- (completed_at, run_after) index in order and stop at the LIMIT, instead of checking
        -- and sorting every pending row (30 ms per claim at 10,000 pending rows; 0.2 ms so).
        ORDER BY c.completed_at, c.run_after
        LIMIT ${limit}::integer
        FOR UPDATE OF c SKIP LOCKED
      ) due
      WHERE o.id = due.id
      RETURNING o.id::text AS id, o.name, o.data, o.organization_id::text AS "organizationId",
        o.concurrency_key AS "concurrencyKey", o.attempts, o.created_at AS "createdAt"`,
  ]);
  // UPDATE … RETURNING does not keep the subquery's order.
  return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
}
