import type { BenefitGrant } from "@/lib/generated/prisma/client";
import type { BenefitType } from "@/lib/generated/prisma/enums";
import { subscriberProperties } from "@/lib/portal/portal-benefit-properties";
import { portalCustomerSelect, serializePortalCustomer, type PortalCustomerRow } from "@/lib/portal/serialize-portal-customer";

const organizationSelect = { id: true, name: true, slug: true, createdAt: true, modifiedAt: true } as const;

export const portalGrantSelect = {
  id: true,
  customerId: true,
  benefitId: true,
  orderId: true,
  subscriptionId: true,
  status: true,
  properties: true,
  error: true,
  grantedAt: true,
  revokedAt: true,
  createdAt: true,
  modifiedAt: true,
  customer: { select: portalCustomerSelect },
  benefit: {
    select: {
      id: true,
      organizationId: true,
      type: true,
      description: true,
      properties: true,
      deletedAt: true,
      createdAt: true,
      modifiedAt: true,
      organization: { select: organizationSelect },
    },
  },
} as const;

type OrganizationRow = { id: string; name: string; slug: string; createdAt: Date; modifiedAt: Date };
export type PortalGrantRow = Pick<
  BenefitGrant,
  "id" | "customerId" | "benefitId" | "orderId" | "subscriptionId" | "status" | "properties" | "error" | "grantedAt" | "revokedAt" | "createdAt" | "modifiedAt"
> & {
  customer: PortalCustomerRow;
  benefit: {
    id: string;
    organizationId: string;
    type: BenefitType;
    description: string;
    properties: unknown;
    deletedAt: Date | null;
    createdAt: Date;
    modifiedAt: Date;
    organization: OrganizationRow;
  };
};

// The grant properties a customer may read, per type (Polar's BenefitGrant…Properties); anything
// else the engine keeps on the grant stays server-side.
const GRANT_PROPERTY_KEYS: Record<BenefitType, readonly string[]> = {
  custom: [],
  license_keys: ["user_provided_key", "license_key_id", "display_key"],
  github_repository: ["account_id", "repository_owner", "repository_name", "permission", "granted_account_id"],
  discord: ["account_id", "guild_id", "role_id", "granted_account_id"],
  downloadables: ["files"],
  meter_credit: ["last_credited_meter_id", "last_credited_units", "last_credited_at"],
};

function grantProperties(type: BenefitType, stored: unknown): Record<string, unknown> {
  const source = stored && typeof stored === "object" ? (stored as Record<string, unknown>) : {};
  return Object.fromEntries(GRANT_PROPERTY_KEYS[type].filter((k) => k in source).map((k) => [k, source[k]]));
}

/** Polar's `CustomerBenefitGrant` (the customer's view, with the benefit's subscriber view). */
export function serializePortalGrant(g: PortalGrantRow) {
  const b = g.benefit;
  return {
    created_at: g.createdAt.toISOString(),
    modified_at: g.modifiedAt.toISOString(),
    id: g.id,
    granted_at: g.grantedAt?.toISOString() ?? null,
    revoked_at: g.revokedAt?.toISOString() ?? null,
    customer_id: g.customerId,
    member_id: null,
    benefit_id: g.benefitId,
    subscription_id: g.subscriptionId,
    order_id: g.orderId,
    is_granted: g.status === "granted",
    is_revoked: g.status === "revoked",
    // Benefactor's addition, as on the merchant API: pending, action_required or failed.
    status: g.status,
    error: (g.error as { message: string; type: string; timestamp: string } | null) ?? null,
    customer: serializePortalCustomer(g.customer),
    benefit: {
      id: b.id,
      created_at: b.createdAt.toISOString(),
      modified_at: b.modifiedAt.toISOString(),
      type: b.type,
      description: b.description,
      selectable: true,
      deletable: true,
      is_deleted: Boolean(b.deletedAt),
      organization_id: b.organizationId,
      organization: {
        created_at: b.organization.createdAt.toISOString(),
        modified_at: b.organization.modifiedAt.toISOString(),
        id: b.organization.id,
        name: b.organization.name,
        slug: b.organization.slug,
        avatar_url: null,
        proration_behavior: "prorate" as const,
        allow_customer_updates: false,
      },
      properties: subscriberProperties(b.type, b.properties),
    },
    properties: grantProperties(b.type, g.properties),
  };
}

export type PortalGrantResponse = ReturnType<typeof serializePortalGrant>;
