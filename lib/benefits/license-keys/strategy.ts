import type { LicenseKeysProperties } from "@/lib/benefits/license-keys/properties";
import type { BenefitStrategy, StrategyContext } from "@/lib/benefits/strategy";
import { addInterval } from "@/lib/purchases/add-interval";
import { displayLicenseKey, generateLicenseKey } from "@/lib/license-keys/generate-license-key";

/**
 * One key per grant, owned by that grant alone (not shared across purchases). A re-grant of the
 * same grant — a subscription paid again, a purchase re-targeted — revives the grant's own key
 * instead of issuing another. A benefit edit only refreshes the key's limits and expiry: it never
 * touches its status, so a key the merchant revoked or disabled stays that way. A key the merchant
 * disabled also stays disabled through revokes and re-grants: that was the merchant's decision.
 */
export const licenseKeysStrategy: BenefitStrategy<LicenseKeysProperties> = {
  isExternal: false,
  deliversInline: true,
  grant: async (ctx) => {
    const existing = await ctx.tx.licenseKey.findUnique({ where: { grantId: ctx.grant.id }, select: { status: true } });
    return existing ? refreshKey(ctx, existing.status === "revoked") : issueKey(ctx);
  },
  reapply: async (ctx) => {
    const existing = await ctx.tx.licenseKey.findUnique({ where: { grantId: ctx.grant.id }, select: { id: true } });
    return existing ? refreshKey(ctx, false) : issueKey(ctx);
  },
  revoke: async ({ tx, grant }) => {
    await tx.licenseKey.updateMany({ where: { grantId: grant.id, status: "granted" }, data: { status: "revoked" } });
  },
};

type Ctx = StrategyContext<LicenseKeysProperties>;

const limitsOf = (p: LicenseKeysProperties) => ({ limitActivations: p.activations?.limit ?? null, limitUsage: p.limit_usage ?? null });
const grantProperties = (key: { id: string; displayKey: string }) => ({ properties: { license_key_id: key.id, display_key: key.displayKey } });

async function issueKey({ tx, grant, benefit }: Ctx) {
  const now = new Date();
  const value = generateLicenseKey(benefit.properties.prefix);
  const key = await tx.licenseKey.create({
    data: {
      organizationId: grant.organizationId,
      customerId: grant.customerId,
      benefitId: benefit.id,
      grantId: grant.id,
      key: value,
      displayKey: displayLicenseKey(value),
      ...limitsOf(benefit.properties),
      expiresAt: expiresAt(benefit.properties, grant.scope, now),
      createdAt: now,
    },
    select: { id: true, displayKey: true },
  });
  return grantProperties(key);
}

/** The grant's key, with the benefit's current limits and expiry; `revive` makes it granted again. */
async function refreshKey({ tx, grant, benefit }: Ctx, revive: boolean) {
  const current = await tx.licenseKey.findUniqueOrThrow({ where: { grantId: grant.id }, select: { createdAt: true } });
  const key = await tx.licenseKey.update({
    where: { grantId: grant.id },
    data: {
      ...limitsOf(benefit.properties),
      expiresAt: expiresAt(benefit.properties, grant.scope, current.createdAt),
      ...(revive ? { status: "granted" as const } : {}),
    },
    select: { id: true, displayKey: true },
  });
  return grantProperties(key);
}

/**
 * A one-time purchase's key runs for the benefit's `expires` from when it was issued; a
 * subscription's key has no timer — it lives exactly as long as the subscription holds the benefit.
 */
function expiresAt(p: LicenseKeysProperties, scope: string, issuedAt: Date): Date | null {
  if (!p.expires || scope.startsWith("subscription:")) return null;
  return addInterval(issuedAt, p.expires.timeframe, p.expires.ttl);
}
