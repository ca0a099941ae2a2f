import { benefitSelect } from "@/lib/benefits/serialize-benefit";
import type { StrategyContext } from "@/lib/benefits/strategy";
import { customerSelect } from "@/lib/customers/serialize-customer";
import type { DbTx } from "@/lib/db";
import { grantScalarSelect } from "@/lib/grants/serialize-grant";

/** Grant work may wait on the customer lock behind other jobs, and later strategies call providers. */
export const GRANT_TX_OPTIONS = { maxWait: 15_000, timeout: 60_000 };

const lockedGrantSelect = {
  ...grantScalarSelect,
  scope: true,
  target: true,
  customer: { select: customerSelect },
  benefit: { select: benefitSelect },
} as const;

/**
 * Locks the grant's customer, then the grant, until the transaction ends, and reads the grant
 * with its customer and benefit. Every change to a customer's grants takes the customer lock
 * first (setScopeGrants does too), so one customer's grants and revokes never interleave and the
 * lock order cannot deadlock. Null when the grant does not exist.
 */
export async function lockGrant(tx: DbTx, grantId: string) {
  // One round trip; the materialised CTE locks the customer before the outer query locks the grant.
  const locked = await tx.$queryRaw<{ id: string }[]>`
    WITH customer AS MATERIALIZED (
      SELECT c.id FROM customers c
      WHERE c.id = (SELECT customer_id FROM benefit_grants WHERE id = ${grantId}::uuid)
      FOR UPDATE
    )
    SELECT g.id FROM benefit_grants g JOIN customer ON customer.id = g.customer_id
    WHERE g.id = ${grantId}::uuid
    FOR UPDATE OF g`;
  if (locked.length === 0) return null;
  return tx.benefitGrant.findUniqueOrThrow({ where: { id: grantId }, select: lockedGrantSelect });
}

export type LockedGrant = NonNullable<Awaited<ReturnType<typeof lockGrant>>>;

/**
 * lockGrant for many grants at once (a re-apply batch): their customers first, in id order so two
 * batches cannot deadlock (every other transaction holds at most one customer), then the grants.
 * Grants that no longer exist are left out.
 */
export async function lockGrants(tx: DbTx, grantIds: string[]): Promise<LockedGrant[]> {
  await tx.$queryRaw`
    SELECT id FROM customers
    WHERE id IN (SELECT customer_id FROM benefit_grants WHERE id = ANY(${grantIds}::uuid[]))
    ORDER BY id FOR UPDATE`;
  await tx.$queryRaw`SELECT id FROM benefit_grants WHERE id = ANY(${grantIds}::uuid[]) ORDER BY id FOR UPDATE`;
  return tx.benefitGrant.findMany({ where: { id: { in: grantIds } }, select: lockedGrantSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

/** What the grant's strategy sees. */
export function strategyContext(tx: DbTx, grant: LockedGrant): StrategyContext<never> {
  return {
    tx,
    grant: {
      id: grant.id,
      organizationId: grant.organizationId,
      customerId: grant.customerId,
      benefitId: grant.benefitId,
      scope: grant.scope,
      properties: (grant.properties ?? {}) as Record<string, unknown>,
    },
    benefit: {
      id: grant.benefit.id,
      organizationId: grant.benefit.organizationId,
      type: grant.benefit.type,
      properties: grant.benefit.properties as never,
    },
    customer: {
      id: grant.customer.id,
      email: grant.customer.email,
      name: grant.customer.name,
      externalId: grant.customer.externalId,
    },
  };
}
