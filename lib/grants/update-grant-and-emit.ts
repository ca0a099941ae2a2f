import type { DbTx } from "@/lib/db";
import type { LockedGrant } from "@/lib/grants/lock-grant";
import { grantScalarSelect, serializeGrant } from "@/lib/grants/serialize-grant";
import type { Prisma } from "@/lib/generated/prisma/client";
import { emitWebhookEvent } from "@/lib/webhooks/emit-webhook-event";

export type GrantEventType = "benefit_grant.created" | "benefit_grant.updated" | "benefit_grant.revoked" | "benefit_grant.cycled";

/**
 * Writes a change to a locked grant and records its webhook in the same transaction (the event
 * exists only if the change commits). The payload is the grant as the API shows it — customer
 * and benefit nested, read when the grant was locked — plus `previous_properties` when a
 * re-application replaced what the grant held.
 */
export async function updateGrantAndEmit(
  tx: DbTx,
  grant: LockedGrant,
  data: Prisma.BenefitGrantUpdateInput,
  type: GrantEventType | null,
  extra: { previous_properties?: Record<string, unknown> } = {},
): Promise<void> {
  const updated = await tx.benefitGrant.update({ where: { id: grant.id }, data, select: grantScalarSelect });
  if (!type) return;
  const payload = serializeGrant({ ...updated, customer: grant.customer, benefit: grant.benefit });
  await emitWebhookEvent(tx, grant.organizationId, type, { ...payload, ...extra });
}
