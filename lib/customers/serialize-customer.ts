import type { Address } from "@/lib/customers/customer-input";
import type { Customer } from "@/lib/generated/prisma/client";

export type CustomerRow = Pick<
  Customer,
  | "id"
  | "organizationId"
  | "email"
  | "name"
  | "externalId"
  | "emailVerified"
  | "billingName"
  | "billingAddress"
  | "taxId"
  | "locale"
  | "metadata"
  | "deletedAt"
  | "createdAt"
  | "modifiedAt"
>;

export const customerSelect = {
  id: true,
  organizationId: true,
  email: true,
  name: true,
  externalId: true,
  emailVerified: true,
  billingName: true,
  billingAddress: true,
  taxId: true,
  locale: true,
  metadata: true,
  deletedAt: true,
  createdAt: true,
  modifiedAt: true,
} as const;

/** The merchant view of a customer, in Polar's shape (individual customers only). */
export function serializeCustomer(c: CustomerRow) {
  return {
    id: c.id,
    created_at: c.createdAt.toISOString(),
    modified_at: c.modifiedAt.toISOString(),
    metadata: c.metadata as Record<string, unknown>,
    external_id: c.externalId,
    email: c.email,
    email_verified: c.emailVerified,
    type: "individual" as const,
    name: c.name,
    billing_name: c.billingName,
    billing_address: serializeAddress(c.billingAddress as Partial<Address> | null),
    // Polar sends [value, format]; Benefactor does not classify tax ids.
    tax_id: c.taxId ? [c.taxId, null] : null,
    locale: c.locale,
    organization_id: c.organizationId,
    default_payment_method_id: null,
    deleted_at: c.deletedAt?.toISOString() ?? null,
    first_user_event_at: null,
    avatar_url: null,
  };
}

function serializeAddress(a: Partial<Address> | null) {
  if (!a?.country) return null;
  return {
    line1: a.line1 ?? null,
    line2: a.line2 ?? null,
    postal_code: a.postal_code ?? null,
    city: a.city ?? null,
    state: a.state ?? null,
    country: a.country,
  };
}

export type CustomerResponse = ReturnType<typeof serializeCustomer>;
