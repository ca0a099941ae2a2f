import { benefitSelect, serializeBenefit, type BenefitRow } from "@/lib/benefits/serialize-benefit";
import { customerSelect, serializeCustomer, type CustomerRow } from "@/lib/customers/serialize-customer";
import type { BenefitGrant } from "@/lib/generated/prisma/client";

/** The grant's own columns the API shows (what an update returns before re-serialising). */
export const grantScalarSelect = {
  id: true,
  organizationId: true,
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
} as const;

export const grantSelect = {
  ...grantScalarSelect,
  customer: { select: customerSelect },
  benefit: { select: benefitSelect },
} as const;

export type GrantRow = Pick<
  BenefitGrant,
  | "id"
  | "organizationId"
  | "customerId"
  | "benefitId"
  | "orderId"
  | "subscriptionId"
  | "status"
  | "properties"
  | "error"
  | "grantedAt"
  | "revokedAt"
  | "createdAt"
  | "modifiedAt"
> & { customer: CustomerRow; benefit: BenefitRow };

/** What went wrong on the grant's last attempt (Polar's `error`). */
export type GrantError = { message: string; type: string; timestamp: string };

/**
 * The merchant view of a grant, in Polar's shape. `is_granted` is true only once the benefit was
 * delivered: a failed or action-required grant reads `is_granted: false` with `error` set, and
 * `status` (Benefactor's addition) says which.
 */
export function serializeGrant(g: GrantRow) {
  return {
    id: g.id,
    created_at: g.createdAt.toISOString(),
    modified_at: g.modifiedAt.toISOString(),
    granted_at: g.grantedAt?.toISOString() ?? null,
    is_granted: g.status === "granted",
    revoked_at: g.revokedAt?.toISOString() ?? null,
    is_revoked: g.status === "revoked",
    status: g.status,
    subscription_id: g.subscriptionId,
    order_id: g.orderId,
    customer_id: g.customerId,
    member_id: null,
    benefit_id: g.benefitId,
    error: (g.error as GrantError | null) ?? null,
    customer: serializeCustomer(g.customer),
    member: null,
    benefit: serializeBenefit(g.benefit),
    properties: g.properties as Record<string, unknown>,
  };
}

export type GrantResponse = ReturnType<typeof serializeGrant>;
