import type { DownloadablesProperties } from "@/lib/benefits/downloadables/properties";
import { revokeDownloadables, syncDownloadables } from "@/lib/benefits/downloadables/sync-downloadables";
import type { BenefitStrategy, StrategyContext } from "@/lib/benefits/strategy";

type Ctx = StrategyContext<DownloadablesProperties>;

const target = (ctx: Ctx) => ({ customerId: ctx.grant.customerId, benefitId: ctx.benefit.id });

async function sync(ctx: Ctx) {
  const files = await syncDownloadables(ctx.tx, target(ctx), ctx.benefit.properties);
  return { properties: { files } };
}

/**
 * Downloadables rows are one per customer × file × benefit, shared by every purchase of the
 * benefit (isExternal: the engine revokes only when the customer's last grant goes). Delivery only
 * writes Benefactor's tables, so a purchase returns with the files available. Grant and re-apply
 * (benefit edited, a file uploaded) are the same idempotent sync (sync-downloadables.ts); the
 * grant's properties list the file ids the customer holds, as Polar's do.
 */
export const downloadablesStrategy: BenefitStrategy<DownloadablesProperties> = {
  isExternal: true,
  deliversInline: true,
  grant: sync,
  reapply: sync,
  revoke: async (ctx) => revokeDownloadables(ctx.tx, target(ctx)),
};
