import { getBenefitOrThrow } from "@/lib/benefits/get-benefit-or-throw";
import { benefitSelect, serializeBenefit } from "@/lib/benefits/serialize-benefit";
import type { Db } from "@/lib/db";
import { revokeBenefitGrants } from "@/lib/grants/revoke-benefit-grants";
import { notifyRunner } from "@/lib/jobs/notify-runner";
import { emitWebhookEvent } from "@/lib/webhooks/emit-webhook-event";

/**
 * Soft-deletes a benefit, detaches it from every product and revokes all its grants (targets and
 * reconcile jobs in this transaction), then announces `benefit.deleted`. Grants keep pointing at
 * it so their history stays readable.
 */
export async function deleteBenefit(db: Db, organizationId: string, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const benefit = await getBenefitOrThrow(tx, organizationId, id);
    await tx.productBenefit.deleteMany({ where: { benefitId: benefit.id } });
    await revokeBenefitGrants(tx, benefit.id);
    const deleted = await tx.benefit.update({
      where: { id: benefit.id },
      data: { deletedAt: new Date() },
      select: benefitSelect,
    });
    await emitWebhookEvent(tx, organizationId, "benefit.deleted", serializeBenefit(deleted));
  });
  notifyRunner();
}
