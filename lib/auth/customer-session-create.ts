import { ApiError } from "@/lib/api/errors";
import type { CreateCustomerSessionInput } from "@/lib/auth/customer-session-input";
import { customerSessionTtlMs, generateCustomerSessionToken } from "@/lib/auth/customer-session-token";
import { customerPortalUrl } from "@/lib/auth/customer-session-url";
import { customerSelect, serializeCustomer } from "@/lib/customers/serialize-customer";
import type { DbTx } from "@/lib/db";

/**
 * Opens a portal session for one of the organization's customers and returns Polar's
 * `CustomerSession`, the only time the token is seen: only its hash is stored. A customer of
 * another organization, a deleted one or an unknown id is a 422 on the field that named it, as in
 * Polar (and as POST /v1/orders treats customer ids in a body).
 */
export async function createCustomerSession(
  db: DbTx,
  organizationId: string,
  input: CreateCustomerSessionInput,
  baseUrl: string,
) {
  const [field, key] = input.customer_id
    ? (["customer_id", { id: input.customer_id }] as const)
    : (["external_customer_id", { externalId: input.external_customer_id as string }] as const);
  const customer = await db.customer.findFirst({
    where: { ...key, organizationId, deletedAt: null },
    select: { ...customerSelect, organization: { select: { slug: true } } },
  });
  if (!customer) throw ApiError.invalid(["body", field], "Customer does not exist");

  const now = new Date();
  const { token, tokenHash } = generateCustomerSessionToken();
  // Expired sessions serve no one; this customer's are cleared as a new one opens.
  await db.customerSession.deleteMany({ where: { customerId: customer.id, expiresAt: { lte: now } } });
  const session = await db.customerSession.create({
    data: {
      customerId: customer.id,
      tokenHash,
      returnUrl: input.return_url,
      expiresAt: new Date(now.getTime() + customerSessionTtlMs()),
      createdAt: now,
    },
    select: { id: true, returnUrl: true, expiresAt: true, createdAt: true },
  });

  return {
    id: session.id,
    created_at: session.createdAt.toISOString(),
    // Sessions are never modified: Polar sends null until they are.
    modified_at: null,
    token,
    expires_at: session.expiresAt.toISOString(),
    return_url: session.returnUrl,
    customer_portal_url: customerPortalUrl(baseUrl, customer.organization.slug, token),
    customer_id: customer.id,
    customer: serializeCustomer(customer),
  };
}

export type CustomerSessionResponse = Awaited<ReturnType<typeof createCustomerSession>>;
