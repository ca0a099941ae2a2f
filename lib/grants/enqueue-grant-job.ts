import type { DbTx } from "@/lib/db";
import { customerKey, enqueue } from "@/lib/jobs/enqueue";

type GrantJobName = "grants/grant.reconcile-requested" | "grants/grant.reapply-requested" | "grants/grant.cycle-requested";

/** Queues one job for a grant, serialised with the rest of its customer's grant work. */
export async function enqueueGrantJob(
  tx: DbTx,
  name: GrantJobName,
  grant: { id: string; customerId: string; organizationId: string },
): Promise<void> {
  await enqueue(tx, [
    {
      name,
      data: { grantId: grant.id, customerId: grant.customerId },
      organizationId: grant.organizationId,
      concurrencyKey: customerKey(grant.customerId),
    },
  ]);
}
