import type { LicenseKeysProperties } from "@/lib/benefits/license-keys/properties";
import type { BenefitStrategy } from "@/lib/benefits/strategy";
import { addInterval } from "@/lib/purchases/add-interval";
import { displayLicenseKey, generateLicenseKey } from "@/lib/license-keys/generate-license-key";

/**
 * One key per grant, owned by that grant alone (not shared across purchases). A re-grant of the
 * same grant — a renewed subscription, an undone refund, a benefit edit — revives the grant's own
 * key instead of issuing another, and refreshes its limits from the benefit. A key the merchant
 * disabled stays disabled through revokes and re-grants: that was the merchant's decision.
 */
export const licenseKeysStrategy: BenefitStrategy<LicenseKeysProperties> = {
  isExternal: false,
  deliversInline: true,
  grant: async ({ tx, grant, benefit }) => {
    const p = benefit.properties;
    const limits = { limitActivations: p.activations?.limit ?? null, limitUsage: p.limit_usage ?? null };
    const existing = await tx.licenseKey.findUnique({ where: { grantId: grant.id }, select: { id: true, status: true, createdAt: true } });
    const key = existing
      ? await tx.licenseKey.update({
          where: { id: existing.id },
          data: {
            ...limits,
            expiresAt: expiresAt(p, grant.scope, existing.createdAt),
            ...(existing.status === "revoked" ? { status: "granted" } : {}),
          },
          select: { id: true, displayKey: true },
        })
      : await issueKey();
    return { properties: { license_key_id: key.id, display_key: key.displayKey } };

    function issueKey() {
      const now = new Date();
      const value = generateLicenseKey(p.prefix);
      return tx.licenseKey.create({
        data: {
          organizationId: grant.organizationId,
          customerId: grant.customerId,
          benefitId: benefit.id,
          grantId: grant.id,
          key: value,
          displayKey: displayLicenseKey(value),
          ...limits,
          expiresAt: expiresAt(p, grant.scope, now),
          createdAt: now,
        },
        select: { id: true, displayKey: true },
      });
    }
  },
  revoke: async ({ tx, grant }) => {
    await tx.licenseKey.updateMany({ where: { grantId: grant.id, status: "granted" }, data: { status: "revoked" } });
  },
};

/**
 * A one-time purchase's key runs for the benefit's `expires` from when it was issued; a
 * subscription's key has no timer — it lives exactly as long as the subscription holds the benefit.
 */
function expiresAt(p: LicenseKeysProperties, scope: string, issuedAt: Date): Date | null {
  if (!p.expires || scope.startsWith("subscription:")) return null;
  return addInterval(issuedAt, p.expires.timeframe, p.expires.ttl);
}
