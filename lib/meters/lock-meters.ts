import type { DbTx } from "@/lib/db";

/**
 * An organization's meters and its event ingestion exclude each other, for the transaction:
 * ingestion takes the lock shared (batches run side by side), a meter change takes it exclusive.
 * So a batch either counts under a meter definition, or was already in history when the meter's
 * recount read it — never neither, never both.
 */
export async function lockMeters(tx: DbTx, organizationId: string, mode: "shared" | "exclusive"): Promise<void> {
  const key = `meters:${organizationId}`;
  // Wrapped in a count: the lock functions return `void`, which the driver adapter cannot read.
  if (mode === "shared") {
    await tx.$queryRaw`SELECT count(*)::int AS n FROM (SELECT pg_advisory_xact_lock_shared(hashtextextended(${key}::text, 0))) l`;
  } else {
    await tx.$queryRaw`SELECT count(*)::int AS n FROM (SELECT pg_advisory_xact_lock(hashtextextended(${key}::text, 0))) l`;
  }
}
