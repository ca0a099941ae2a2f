"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionResult } from "@/lib/api/action-result";
import { ApiError } from "@/lib/api/errors";
import { parseId } from "@/lib/api/parse";
import { requireOrgAction } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { grantBenefitManually } from "@/lib/grants/grant-benefit-manually";
import { createGrantBody } from "@/lib/grants/grant-input";
import { retryGrant } from "@/lib/grants/retry-grant";
import { revokeGrant } from "@/lib/grants/revoke-grant";
import { getProductOrThrow } from "@/lib/products/get-product-or-throw";
import { createOrder } from "@/lib/purchases/create-order";
import { createSubscription } from "@/lib/purchases/create-subscription";
import { createOrderBody } from "@/lib/purchases/order-input";
import { createSubscriptionBody } from "@/lib/purchases/subscription-input";

const dashboard = (slug: string) => `/dashboard/${slug}`;

const testPurchaseInput = z.object({ product_id: z.uuid("Choose a product") });
const manualGrantInput = z.object({ benefit_id: z.uuid("Choose a benefit") });

// /dashboard/[org]/customers/[id] — "Record test purchase": what a billing system would send, for
// trying the flow without one. A one-time product records a paid order; a recurring one starts an
// active subscription. Either way the product's benefits are granted as for a real purchase.
export async function recordTestPurchaseAction(
  slug: string,
  customerId: string,
  input: unknown,
): Promise<ActionResult<{ kind: "order" | "subscription"; id: string }>> {
  const result = await runAction(async () => {
    const { org } = await requireOrgAction(slug, "write");
    const { product_id } = testPurchaseInput.parse(input);
    const product = await getProductOrThrow(db, org.id, product_id).catch((err: unknown) => {
      if (err instanceof ApiError && err.code === "not_found") throw ApiError.invalid(["body", "product_id"], "Product not found");
      throw err;
    });
    const purchase = { customer_id: parseId(customerId, "Customer"), product_id: product.id, metadata: { source: "dashboard_test_purchase" } };
    if (product.recurringInterval) {
      const subscription = await createSubscription(db, org.id, createSubscriptionBody.parse(purchase));
      return { kind: "subscription" as const, id: subscription.id };
    }
    const order = await createOrder(db, org.id, createOrderBody.parse(purchase));
    return { kind: "order" as const, id: order.id };
  });
  if (result.ok) revalidatePath(dashboard(slug), "layout");
  return result;
}

// /dashboard/[org]/customers/[id] — give the customer a benefit outside any purchase.
export async function grantBenefitManuallyAction(slug: string, customerId: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  const result = await runAction(async () => {
    const { org } = await requireOrgAction(slug, "write");
    const { benefit_id } = manualGrantInput.parse(input);
    const body = createGrantBody.parse({ customer_id: customerId, benefit_id });
    const grant = await grantBenefitManually(db, org.id, body);
    return { id: grant.id };
  });
  if (result.ok) revalidatePath(dashboard(slug), "layout");
  return result;
}

// Any page listing grants — try a failed grant again.
export async function retryGrantAction(slug: string, grantId: string): Promise<ActionResult> {
  const result = await runAction(async () => {
    const { org } = await requireOrgAction(slug, "write");
    await retryGrant(db, org.id, parseId(grantId, "Benefit grant"));
    return undefined;
  });
  if (result.ok) revalidatePath(dashboard(slug), "layout");
  return result;
}

// Any page listing grants — take one grant back (the purchase stays as it is).
export async function revokeGrantAction(slug: string, grantId: string): Promise<ActionResult> {
  const result = await runAction(async () => {
    const { org } = await requireOrgAction(slug, "write");
    await revokeGrant(db, org.id, parseId(grantId, "Benefit grant"));
    return undefined;
  });
  if (result.ok) revalidatePath(dashboard(slug), "layout");
  return result;
}
