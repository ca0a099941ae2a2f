import type { CustomerKey } from "@/lib/customers/get-customer-or-throw";
import { lockCustomerOrThrow } from "@/lib/customers/lock-customer-or-throw";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { notifyRunner } from "@/lib/jobs/notify-runner";
import { revokeCustomerPurchases } from "@/lib/purchases/revoke-customer-purchases";

/** The placeholder a deleted customer's email becomes: unique, and never deliverable (.invalid). */
export const anonymizedEmail = (customerId: string) => `deleted+${customerId}@anonymized.invalid`;

/**
 * Soft-deletes a customer: the row stays for the orders, grants and keys that point at it, but its
 * personal data goes and its email and external id are freed, so the merchant can create a new
 * customer with them. Portal sessions end with it. Always anonymises (`?anonymize=true` is moot).
 * In the same transaction, their subscriptions are revoked and every grant they hold is
 * targeted revoked: a deleted customer keeps no benefits.
 */
export async function deleteCustomer(db: Db, organizationId: string, key: CustomerKey): Promise<void> {
  await db.$transaction(async (tx) => {
    const customer = await lockCustomerOrThrow(tx, organizationId, key);
    await tx.customerSession.deleteMany({ where: { customerId: customer.id } });
    await tx.customer.update({
      where: { id: customer.id },
      data: {
        deletedAt: new Date(),
        email: anonymizedEmail(customer.id),
        emailVerified: false,
        externalId: null,
        name: null,
        billingName: null,
        billingAddress: Prisma.DbNull,
      },
    });
    await revokeCustomerPurchases(tx, customer.id);
  });
  notifyRunner();
}
