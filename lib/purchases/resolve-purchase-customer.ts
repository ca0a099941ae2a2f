import { ApiError } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";

export type PurchaseCustomerInput = {
  customer_id?: string;
  external_customer_id?: string;
  customer_email?: string;
  customer_name?: string | null;
};

/**
 * The customer a purchase is for: by id, or by the merchant's external id — created (with
 * `customer_email`, `customer_name`) when no customer has it yet. Creation is race-safe: the
 * insert skips on the (organization, external_id) unique index, so two purchases for a new
 * external id at once make one customer. Another organization's or a deleted customer is a 422 on
 * the body field, like any id in a body that does not exist.
 */
export async function resolvePurchaseCustomer(tx: DbTx, organizationId: string, input: PurchaseCustomerInput): Promise<string> {
  if (input.customer_id) {
    const customer = await tx.customer.findFirst({
      where: { id: input.customer_id, organizationId, deletedAt: null },
      select: { id: true },
    });
    if (!customer) throw ApiError.invalid(["body", "customer_id"], "Customer does not exist");
    return customer.id;
  }
  const externalId = input.external_customer_id as string;
  const existing = await findByExternalId(tx, organizationId, externalId);
  if (existing) return existing;
  if (!input.customer_email) {
    throw ApiError.invalid(
      ["body", "customer_email"],
      "No customer has this external_customer_id: customer_email is required to create one",
      "missing",
    );
  }
  // ON CONFLICT DO NOTHING: a concurrent insert of the same external id (or email) wins.
  await tx.customer.createMany({
    data: [{ organizationId, externalId, email: input.customer_email, name: input.customer_name ?? null }],
    skipDuplicates: true,
  });
  const created = await findByExternalId(tx, organizationId, externalId);
  if (created) return created;
  throw ApiError.invalid(["body", "customer_email"], "A customer with this email address already exists");
}

async function findByExternalId(tx: DbTx, organizationId: string, externalId: string) {
  const customer = await tx.customer.findFirst({ where: { organizationId, externalId, deletedAt: null }, select: { id: true } });
  return customer?.id ?? null;
}
