import type { Customer } from "@/lib/generated/prisma/client";

export const portalCustomerSelect = {
  id: true,
  email: true,
  emailVerified: true,
  name: true,
  billingName: true,
  billingAddress: true,
  taxId: true,
  locale: true,
  createdAt: true,
  modifiedAt: true,
} as const;

export type PortalCustomerRow = Pick<Customer, keyof typeof portalCustomerSelect>;

type StoredAddress = { line1?: string | null; line2?: string | null; postal_code?: string | null; city?: string | null; state?: string | null; country?: string };

/**
 * Polar's `CustomerPortalCustomer`: what customers may read about themselves. Unlike the
 * merchant's view it has no metadata (the merchant's own notes) and no external id.
 */
export function serializePortalCustomer(c: PortalCustomerRow) {
  const address = c.billingAddress as StoredAddress | null;
  return {
    created_at: c.createdAt.toISOString(),
    modified_at: c.modifiedAt.toISOString(),
    id: c.id,
    email: c.email,
    email_verified: c.emailVerified,
    name: c.name,
    billing_name: c.billingName,
    billing_address: address?.country
      ? {
          line1: address.line1 ?? null,
          line2: address.line2 ?? null,
          postal_code: address.postal_code ?? null,
          city: address.city ?? null,
          state: address.state ?? null,
          country: address.country,
        }
      : null,
    tax_id: c.taxId ? [c.taxId, null] : null,
    // Customers connect GitHub/Discord accounts in a later version of the portal.
    oauth_accounts: {},
    default_payment_method_id: null,
    type: "individual" as const,
    locale: c.locale,
  };
}
