import { ApiError } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";
import { planPrices } from "@/lib/products/plan-prices";
import { intervalsForCreate } from "@/lib/products/product-intervals";
import type { CreateProductInput } from "@/lib/products/product-input";
import { productSelect } from "@/lib/products/serialize-product";

export type { CreateProductInput };

/** Creates a product with its prices in one statement; benefits are attached with setProductBenefits. */
export async function createProduct(db: DbTx, organizationId: string, input: CreateProductInput) {
  if (input.organization_id && input.organization_id !== organizationId) {
    throw ApiError.invalid(["body", "organization_id"], "Does not match the organization of your access token");
  }
  const intervals = intervalsForCreate(input);
  const { create: prices } = planPrices([], input.prices);
  return db.product.create({
    data: {
      organizationId,
      name: input.name,
      description: input.description,
      visibility: input.visibility,
      metadata: input.metadata,
      ...intervals,
      prices: { createMany: { data: prices } },
    },
    select: productSelect,
  });
}
