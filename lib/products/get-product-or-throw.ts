import { ApiError } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";
import { productSelect } from "@/lib/products/serialize-product";

/** A product of this organization (archived ones included); another organization's is a 404. */
export async function getProductOrThrow(db: DbTx, organizationId: string, id: string) {
  const product = await db.product.findFirst({ where: { id, organizationId }, select: productSelect });
  if (!product) throw ApiError.notFound("Product");
  return product;
}
