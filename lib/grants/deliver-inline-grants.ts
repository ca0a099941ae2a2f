import { BENEFIT_TYPES, benefitTypeDefinition } from "@/lib/benefits/registry";
import type { Db } from "@/lib/db";
import { reconcileGrant } from "@/lib/grants/reconcile-grant";

const INLINE_TYPES = BENEFIT_TYPES.filter((type) => benefitTypeDefinition(type).strategy.deliversInline);

/**
 * Right after a purchase commits, moves the customer's database-only grants (notes, license keys,
 * credits) to their target in this request, so the API call returns with them delivered or
 * revoked. Their reconcile jobs are already queued and find nothing left to do; a failure here is
 * left to those jobs, which retry it — the purchase itself has committed and must not fail.
 */
export async function deliverInlineGrants(db: Db, customerId: string): Promise<void> {
  const due = await db.$queryRaw<{ id: string }[]>`
    SELECT g.id FROM benefit_grants g JOIN benefits b ON b.id = g.benefit_id
    WHERE g.customer_id = ${customerId}::uuid
      AND b.type::text = ANY(${INLINE_TYPES})
      AND g.status::text <> g.target::text
      AND (g.target = 'revoked' OR g.status IN ('pending', 'revoked'))
    ORDER BY g.position, g.created_at`;
  for (const { id } of due) {
    try {
      await reconcileGrant(db, id);
    } catch (err) {
      console.warn(`[grants] inline delivery of ${id} left to its job:`, err instanceof Error ? err.message : err);
    }
  }
}
