// The three ways a job attempt ends, written to its outbox row. Times come from the database
// clock (`now()`), the same clock the claim query compares against, so app servers with skewed
// clocks still agree on what is due.
import type { DbTx } from "@/lib/db";

// Enough to diagnose; a stack trace of a provider SDK can be huge.
const MAX_ERROR_LENGTH = 4_000;

export const truncateError = (message: string) =>
  message.length > MAX_ERROR_LENGTH ? `${message.slice(0, MAX_ERROR_LENGTH)}…` : message;

/** Done: never claimed again. `last_error` is kept, to show what earlier attempts ran into. */
export async function markJobCompleted(db: DbTx, id: string): Promise<void> {
  await db.$executeRaw`
    UPDATE outbox SET completed_at = now(), locked_until = NULL
    WHERE id = ${id}::uuid AND completed_at IS NULL`;
}

/** Try again in `delayMs`; releasing the lock lets any runner take it then. */
export async function scheduleJobRetry(db: DbTx, id: string, delayMs: number, error: string): Promise<void> {
  await db.$executeRaw`
    UPDATE outbox
    SET run_after = now() + ${Math.round(delayMs)}::integer * interval '1 millisecond',
        locked_until = NULL, last_error = ${truncateError(error)}
    WHERE id = ${id}::uuid AND completed_at IS NULL`;
}

/** Given up: kept for inspection (and a manual retry), never claimed again. */
export async function markJobFailed(db: DbTx, id: string, error: string): Promise<void> {
  await db.$executeRaw`
    UPDATE outbox SET failed_at = now(), locked_until = NULL, last_error = ${truncateError(error)}
    WHERE id = ${id}::uuid AND completed_at IS NULL`;
}
