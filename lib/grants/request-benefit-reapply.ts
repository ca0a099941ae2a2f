import { grantReapplyRequested } from "@/inngest/events";
import type { DbTx } from "@/lib/db";
import { UUID_V7_SQL } from "@/lib/grants/outbox-row-sql";
import { customerKey } from "@/lib/jobs/enqueue";

/**
 * A benefit's properties changed: one re-apply job for every grant that holds it, written in the
 * caller's transaction. One INSERT … SELECT, so an edit of a benefit with 10,000 grants costs one
 * statement rather than 10,000 round trips. Returns how many jobs were queued.
 */
export async function requestBenefitReapply(tx: DbTx, benefitId: string): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO outbox (id, organization_id, name, data, concurrency_key)
    SELECT ${UUID_V7_SQL}, g.organization_id, ${grantReapplyRequested.name},
           jsonb_build_object('grantId', g.id, 'customerId', g.customer_id),
           ${customerKey("")} || g.customer_id::text
    FROM benefit_grants g
    WHERE g.benefit_id = ${benefitId}::uuid AND g.status = 'granted' AND g.target = 'granted'
    ORDER BY g.created_at, g.id`;
}
