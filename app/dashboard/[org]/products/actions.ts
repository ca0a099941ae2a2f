"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction } from "@/lib/api/action-result";
import { requireOrgAction } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createProduct } from "@/lib/products/create-product";
import { createProductBody, updateProductBody } from "@/lib/products/product-input";
import { setProductBenefits } from "@/lib/products/set-product-benefits";
import { updateProduct } from "@/lib/products/update-product";

// The product forms send the API's JSON body; the API schemas parse it here exactly as /v1 does.

export async function createProductAction(slug: string, input: unknown) {
  const result = await runAction(async () => {
    const { org } = await requireOrgAction(slug, "write");
    const product = await createProduct(db, org.id, createProductBody.parse(input));
    return { id: product.id };
  });
  if (result.ok) revalidatePath(`/dashboard/${slug}`, "layout");
  return result;
}

export async function updateProductAction(slug: string, id: string, input: unknown) {
  const result = await runAction(async () => {
    const { org } = await requireOrgAction(slug, "write");
    const product = await updateProduct(db, org.id, id, updateProductBody.parse(input));
    return { id: product.id };
  });
  if (result.ok) revalidatePath(`/dashboard/${slug}`, "layout");
  return result;
}

const benefitIds = z.array(z.uuid()).max(100);

/** Replaces the product's benefits with this ordered list (list order = grant order). */
export async function setProductBenefitsAction(slug: string, id: string, input: unknown) {
  const result = await runAction(async () => {
    const { org } = await requireOrgAction(slug, "write");
    await setProductBenefits(db, org.id, id, benefitIds.parse(input));
    return undefined;
  });
  if (result.ok) revalidatePath(`/dashboard/${slug}`, "layout");
  return result;
}
