import type { DbTx } from "@/lib/db";
import { requestBenefitReapply } from "@/lib/grants/request-benefit-reapply";

/**
 * A file became available (its upload completed): re-apply every downloadables benefit of the
 * organization that lists it, so customers already holding the benefit receive the file.
 */
export async function requestFileReapply(tx: DbTx, organizationId: string, fileId: string): Promise<void> {
  const benefits = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM benefits
    WHERE organization_id = ${organizationId}::uuid AND type = 'downloadables' AND deleted_at IS NULL
      AND properties->'files' ? ${fileId}
    ORDER BY id`;
  for (const { id } of benefits) await requestBenefitReapply(tx, id);
}
