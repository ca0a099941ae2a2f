import type { DbTx } from "@/lib/db";
import type { BenefitType, GrantStatus, LicenseKeyStatus } from "@/lib/generated/prisma/enums";
import { canCustomersManageActivations, subscriberProperties, type SubscriberProperties } from "@/lib/portal/portal-benefit-properties";

export type PortalLicenseKey = {
  id: string;
  key: string;
  displayKey: string;
  status: LicenseKeyStatus;
  usage: number;
  limitUsage: number | null;
  limitActivations: number | null;
  validations: number;
  lastValidatedAt: string | null;
  expiresAt: string | null;
  isExpired: boolean;
  activations: { id: string; label: string; createdAt: string }[];
  canManageActivations: boolean;
};

/** One benefit as the portal page shows it (dates as ISO strings: it crosses to client components). */
export type PortalBenefit<T extends BenefitType = BenefitType> = {
  grantId: string;
  status: Exclude<GrantStatus, "revoked">;
  errorMessage: string | null;
  grantedAt: string | null;
  benefit: { id: string; type: T; description: string; properties: SubscriberProperties<T> };
  /** The note the grant delivered (custom benefits), which may differ from the benefit's current one. */
  grantedNote: string | null;
  source: { kind: "order" | "subscription" | "manual"; productName: string | null };
  licenseKey: PortalLicenseKey | null;
};

/**
 * Everything the customer currently holds, purchase by purchase (newest first) and, within one,
 * in the product's benefit order (the grant's `position`). Revoked grants are left out, as in
 * Polar's portal: the customer no longer has them.
 */
export async function listPortalBenefits(db: DbTx, customerId: string): Promise<PortalBenefit[]> {
  const grants = await db.benefitGrant.findMany({
    where: { customerId, status: { not: "revoked" } },
    select: {
      id: true,
      scope: true,
      position: true,
      status: true,
      error: true,
      properties: true,
      grantedAt: true,
      createdAt: true,
      benefit: { select: { id: true, type: true, description: true, properties: true } },
      order: { select: { product: { select: { name: true } } } },
      subscription: { select: { product: { select: { name: true } } } },
      licenseKey: {
        select: {
          id: true,
          key: true,
          displayKey: true,
          status: true,
          usage: true,
          limitUsage: true,
          limitActivations: true,
          validations: true,
          lastValidatedAt: true,
          expiresAt: true,
          activations: { select: { id: true, label: true, createdAt: true }, orderBy: { createdAt: "asc" } },
        },
      },
    },
  });

  const now = Date.now();
  const purchaseStart = new Map<string, number>();
  for (const g of grants) purchaseStart.set(g.scope, Math.min(purchaseStart.get(g.scope) ?? Infinity, g.createdAt.getTime()));
  grants.sort((a, b) => purchaseStart.get(b.scope)! - purchaseStart.get(a.scope)! || a.scope.localeCompare(b.scope) || a.position - b.position);

  return grants.map((g) => {
    const k = g.licenseKey;
    const granted = (g.properties ?? {}) as { note?: unknown };
    return {
      grantId: g.id,
      status: g.status as PortalBenefit["status"],
      errorMessage: (g.error as { message?: string } | null)?.message ?? null,
      grantedAt: g.grantedAt?.toISOString() ?? null,
      benefit: { ...g.benefit, properties: subscriberProperties(g.benefit.type, g.benefit.properties) },
      grantedNote: typeof granted.note === "string" ? granted.note : null,
      source: {
        kind: g.order ? "order" : g.subscription ? "subscription" : "manual",
        productName: (g.order ?? g.subscription)?.product.name ?? null,
      },
      licenseKey: k && {
        ...k,
        lastValidatedAt: k.lastValidatedAt?.toISOString() ?? null,
        expiresAt: k.expiresAt?.toISOString() ?? null,
        isExpired: k.expiresAt !== null && k.expiresAt.getTime() <= now,
        activations: k.activations.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
        canManageActivations: canCustomersManageActivations(g.benefit.properties),
      },
    };
  });
}
