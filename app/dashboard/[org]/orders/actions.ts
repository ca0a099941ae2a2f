"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/api/action-result";
import { parseId } from "@/lib/api/parse";
import { requireOrgAction } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { refundOrderBody } from "@/lib/purchases/order-input";
import { refundOrder } from "@/lib/purchases/refund-order";

// /dashboard/[org]/orders/[id] — record a refund (the API's body: amount in cents, revoke_benefits).
export async function refundOrderAction(slug: string, id: string, input: unknown): Promise<ActionResult> {
  const result = await runAction(async () => {
    const { org } = await requireOrgAction(slug, "write");
    await refundOrder(db, org.id, parseId(id, "Order"), refundOrderBody.parse(input));
    return undefined;
  });
  if (result.ok) revalidatePath(`/dashboard/${slug}`, "layout");
  return result;
}
