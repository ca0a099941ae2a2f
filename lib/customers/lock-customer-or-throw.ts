import { ApiError } from "@/lib/api/errors";
import type { CustomerKey } from "@/lib/customers/get-customer-or-throw";
import { customerSelect } from "@/lib/customers/serialize-customer";
import type { DbTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Locks a live customer until the transaction ends (SELECT … FOR UPDATE) and reads it, so a
 * concurrent update or delete cannot act on what it read before this one committed.
 */
export async function lockCustomerOrThrow(tx: DbTx, organizationId: string, key: CustomerKey) {
  const match = "id" in key ? Prisma.sql`id = ${key.id}::uuid` : Prisma.sql`external_id = ${key.externalId}`;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM customers
    WHERE organization_id = ${organizationId}::uuid AND deleted_at IS NULL AND ${match}
    FOR UPDATE`;
  if (rows.length === 0) throw ApiError.notFound("Customer");
  return tx.customer.findUniqueOrThrow({ where: { id: rows[0].id }, select: customerSelect });
}
