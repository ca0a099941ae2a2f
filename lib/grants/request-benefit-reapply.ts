import { grantBatchReapplyRequested } from "@/inngest/events";
import type { DbTx } from "@/lib/db";
import { UUID_V7_SQL } from "@/lib/grants/outbox-row-sql";

/**
 * Grants per re-apply job. Under PostgreSQL's 64 cached subtransactions per transaction (each
 * grant's strategy runs in a savepoint), so a batch never overflows that cache and slows every
 * other session's snapshot checks.
 */
export const REAPPLY_BATCH_SIZE = 50;

/**
 * A benefit's properties changed: re-apply jobs for every grant that holds it, REAPPLY_BATCH_SIZE
 * grants per job, written in the caller's transaction with one INSERT … SELECT — an edit of a
 * benefit with 10,000 grants is one statement and 200 jobs. Batches carry no concurrency key:
 * each locks its customers itself (lockGrants), so single-customer work still never interleaves.
 * Returns how many grants will be re-applied.
 */
export async function requestBenefitReapply(tx: DbTx, benefitId: string): Promise<number> {
  const [{ grants }] = await tx.$queryRaw<{ grants: bigint }[]>`
    WITH holding AS (
      SELECT g.id, g.organization_id,
             (row_number() OVER (ORDER BY g.created_at, g.id) - 1) / ${REAPPLY_BATCH_SIZE} AS batch
      FROM benefit_grants g
      WHERE g.benefit_id = ${benefitId}::uuid AND g.status = 'granted' AND g.target = 'granted'
    ), jobs AS (
      INSERT INTO outbox (id, organization_id, name, data)
      SELECT ${UUID_V7_SQL}, min(organization_id::text)::uuid, ${grantBatchReapplyRequested.name},
             jsonb_build_object('benefitId', ${benefitId}::text, 'grantIds', jsonb_agg(id ORDER BY id))
      FROM holding GROUP BY batch ORDER BY batch
      RETURNING 1
    )
    SELECT count(*) AS grants FROM holding`;
  return Number(grants);
}
