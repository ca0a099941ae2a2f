import type { DbTx } from "@/lib/db";

/**
 * Locks a customer row until the transaction ends. Every purchase change of one customer holds
 * this lock while it reads the purchase and decides its grants (setScopeGrants takes it too), so
 * decisions for one customer never interleave. Take product locks before this one.
 */
export async function lockCustomer(tx: DbTx, customerId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM customers WHERE id = ${customerId}::uuid FOR UPDATE`;
}
