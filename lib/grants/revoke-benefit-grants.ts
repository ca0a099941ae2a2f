import { grantReconcileRequested } from "@/inngest/events";
import type { DbTx } from "@/lib/db";
import { UUID_V7_SQL } from "@/lib/grants/outbox-row-sql";
import { customerKey } from "@/lib/jobs/enqueue";

/**
 * A benefit is going away: every grant of it is targeted `revoked`, and every one not revoked
 * yet gets a reconcile job, in the caller's transaction. One statement whatever the number of
 * grants. Returns how many jobs were queued.
 */
export async function revokeBenefitGrants(tx: DbTx, benefitId: string): Promise<number> {
  return tx.$executeRaw`
    WITH targeted AS (
      UPDATE benefit_grants SET target = 'revoked', modified_at = now()
      WHERE benefit_id = ${benefitId}::uuid AND (target = 'granted' OR status <> 'revoked')
      RETURNING id, organization_id, customer_id, status, created_at
    )
    INSERT INTO outbox (id, organization_id, name, data, concurrency_key)
    SELECT ${UUID_V7_SQL}, t.organization_id, ${grantReconcileRequested.name},
           jsonb_build_object('grantId', t.id, 'customerId', t.customer_id),
           ${customerKey("")} || t.customer_id::text
    FROM targeted t
    WHERE t.status <> 'revoked'
    ORDER BY t.created_at, t.id`;
}
