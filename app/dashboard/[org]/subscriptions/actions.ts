"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/api/action-result";
import { parseId } from "@/lib/api/parse";
import { requireOrgAction } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { addInterval } from "@/lib/purchases/add-interval";
import { getSubscriptionOrThrow } from "@/lib/purchases/get-subscription-or-throw";
import { updateSubscriptionBody } from "@/lib/purchases/subscription-input";
import { updateSubscription } from "@/lib/purchases/update-subscription";

// /dashboard/[org]/subscriptions/[id] — one change, in the API's PATCH shape: cancel at period end
// (or undo), `{revoke: true}`, a status (past_due / active), or a `{product_id}` change.
export async function updateSubscriptionAction(slug: string, id: string, input: unknown): Promise<ActionResult> {
  const result = await runAction(async () => {
    const { org } = await requireOrgAction(slug, "write");
    await updateSubscription(db, org.id, parseId(id, "Subscription"), updateSubscriptionBody.parse(input));
    return undefined;
  });
  if (result.ok) revalidatePath(`/dashboard/${slug}`, "layout");
  return result;
}

// /dashboard/[org]/subscriptions/[id] — "Renew": the billing system charged the next period, which
// starts where the current one ends and lasts one billing interval of the product.
export async function renewSubscriptionAction(slug: string, id: string): Promise<ActionResult> {
  const result = await runAction(async () => {
    const { org } = await requireOrgAction(slug, "write");
    const subscription = await getSubscriptionOrThrow(db, org.id, parseId(id, "Subscription"));
    const start = subscription.currentPeriodEnd ?? new Date();
    const { recurringInterval, recurringIntervalCount } = subscription.product;
    const end = addInterval(start, recurringInterval ?? "month", recurringIntervalCount ?? 1);
    await updateSubscription(db, org.id, subscription.id, { current_period_start: start, current_period_end: end });
    return undefined;
  });
  if (result.ok) revalidatePath(`/dashboard/${slug}`, "layout");
  return result;
}
