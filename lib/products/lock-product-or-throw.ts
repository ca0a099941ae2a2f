import { ApiError } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";

/**
 * Locks a product of this organization until the transaction ends (SELECT … FOR UPDATE), so
 * concurrent rewrites of its prices or benefit order run one after the other. 404 when missing.
 */
export async function lockProductOrThrow(tx: DbTx, organizationId: string, id: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM products WHERE id = ${id}::uuid AND organization_id = ${organizationId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw ApiError.notFound("Product");
}
