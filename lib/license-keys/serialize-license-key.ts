import { customerSelect, serializeCustomer, type CustomerRow } from "@/lib/customers/serialize-customer";
import type { LicenseKey, LicenseKeyActivation } from "@/lib/generated/prisma/client";

export const licenseKeyScalarSelect = {
  id: true,
  organizationId: true,
  customerId: true,
  benefitId: true,
  grantId: true,
  key: true,
  displayKey: true,
  status: true,
  usage: true,
  limitUsage: true,
  limitActivations: true,
  validations: true,
  lastValidatedAt: true,
  expiresAt: true,
  createdAt: true,
  modifiedAt: true,
} as const;

export const licenseKeySelect = { ...licenseKeyScalarSelect, customer: { select: customerSelect } } as const;

export const activationSelect = {
  id: true,
  licenseKeyId: true,
  label: true,
  conditions: true,
  meta: true,
  createdAt: true,
  modifiedAt: true,
} as const;

export type LicenseKeyRow = Pick<LicenseKey, keyof typeof licenseKeyScalarSelect> & { customer: CustomerRow };
export type ActivationRow = Pick<LicenseKeyActivation, keyof typeof activationSelect>;

/**
 * Who reads the key. The public license API (no auth, called by apps on customers' machines)
 * never shows the customer's email, address, tax id or metadata — Polar's does; ours must not.
 */
export type LicenseKeyAudience = "merchant" | "public";

/** Polar's `LicenseKeyRead`. */
export function serializeLicenseKey(k: LicenseKeyRow, audience: LicenseKeyAudience) {
  return {
    id: k.id,
    created_at: k.createdAt.toISOString(),
    modified_at: k.modifiedAt.toISOString(),
    organization_id: k.organizationId,
    customer_id: k.customerId,
    customer: audience === "merchant" ? serializeCustomer(k.customer) : publicCustomer(k.customer),
    member_id: null,
    member: null,
    benefit_id: k.benefitId,
    key: k.key,
    display_key: k.displayKey,
    status: k.status,
    limit_activations: k.limitActivations,
    usage: k.usage,
    limit_usage: k.limitUsage,
    validations: k.validations,
    last_validated_at: k.lastValidatedAt?.toISOString() ?? null,
    expires_at: k.expiresAt?.toISOString() ?? null,
  };
}

/** Polar's `LicenseKeyActivationBase` (conditions stay private: they identify the machine). */
export function serializeActivation(a: ActivationRow) {
  return {
    id: a.id,
    license_key_id: a.licenseKeyId,
    label: a.label,
    meta: a.meta as Record<string, string | number | boolean>,
    created_at: a.createdAt.toISOString(),
    modified_at: a.modifiedAt.toISOString(),
  };
}

function publicCustomer(c: CustomerRow) {
  return {
    ...serializeCustomer(c),
    email: null,
    email_verified: false,
    billing_name: null,
    billing_address: null,
    tax_id: null,
    metadata: {},
  };
}

export type LicenseKeyResponse = ReturnType<typeof serializeLicenseKey>;
