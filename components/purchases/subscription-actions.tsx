"use client";

import { useState, type ReactNode } from "react";
import { renewSubscriptionAction, updateSubscriptionAction } from "@/app/dashboard/[org]/subscriptions/actions";
import { useRefreshGrants } from "@/components/grants/use-grants";
import { ChangeProductDialog } from "@/components/purchases/change-product-dialog";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/api/action-result";
import type { SelectOption } from "@/components/ui/select";

export type SubscriptionActionsState = {
  id: string;
  status: string;
  isCancelingAtPeriodEnd: boolean;
  /** Formatted, e.g. "Mar 4, 2027". */
  periodEnd: string;
  nextPeriodEnd: string;
  /** The organization's past-due grace period. */
  graceDays: number;
};

function Action({ hint, children }: { hint: ReactNode; children: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 border-t border-gray-100 py-3 first:border-t-0 first:pt-0">
      <div className="w-44 shrink-0">{children}</div>
      <p className="min-w-0 flex-1 text-sm text-gray-600">{hint}</p>
    </div>
  );
}

/**
 * What a billing system would report, as buttons: cancel at period end (or undo), revoke now,
 * past due / active, renew and change product. Each runs the same update as the API.
 */
export function SubscriptionActions({ orgSlug, subscription: s, products }: { orgSlug: string; subscription: SubscriptionActionsState; products: SelectOption[] }) {
  const toast = useToast();
  const refreshGrants = useRefreshGrants();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string>();

  const run = async (key: string, done: string, action: () => Promise<ActionResult>) => {
    setBusy(key);
    setError(undefined);
    const result = await action().catch(() => null);
    setBusy(null);
    if (!result?.ok) return setError(result ? Object.values(result.errors).join(" ") : "Something went wrong. Try again.");
    toast({ title: done });
    await refreshGrants();
  };
  const update = (key: string, done: string, body: Record<string, unknown>) => run(key, done, () => updateSubscriptionAction(orgSlug, s.id, body));
  const isPastDue = s.status === "past_due" || s.status === "unpaid";

  return (
    <div>
      <FormError message={error} />
      <div className="mt-2">
        <Action
          hint={s.isCancelingAtPeriodEnd ? `Keeps the subscription (and its benefits) going after ${s.periodEnd}.` : `Benefits stay until ${s.periodEnd}, then are revoked.`}
        >
          {s.isCancelingAtPeriodEnd ? (
            <Button variant="secondary" isLoading={busy === "cancel"} onClick={() => update("cancel", "Cancellation undone", { cancel_at_period_end: false })}>
              Undo cancel
            </Button>
          ) : (
            <Button variant="secondary" isLoading={busy === "cancel"} onClick={() => update("cancel", "Cancels at period end", { cancel_at_period_end: true })}>
              Cancel at period end
            </Button>
          )}
        </Action>
        <Action hint={isPastDue ? "The payment came through after all: the subscription is active again." : s.graceDays === 0 ? "A payment failed. With no grace period set, benefits are revoked now." : `A payment failed. Benefits stay for the ${s.graceDays}-day grace period, then are revoked.`}>
          {isPastDue ? (
            <Button variant="secondary" isLoading={busy === "status"} onClick={() => update("status", "Marked active", { status: "active" })}>
              Mark active
            </Button>
          ) : (
            <Button variant="secondary" isLoading={busy === "status"} onClick={() => update("status", "Marked past due", { status: "past_due" })}>
              Mark past due
            </Button>
          )}
        </Action>
        <Action hint={s.isCancelingAtPeriodEnd ? "Undo the cancellation first: a subscription that is ending cannot renew." : `Records the next payment: the new period ends ${s.nextPeriodEnd}; benefits that renew (meter credits) are topped up.`}>
          <Button variant="secondary" disabled={s.isCancelingAtPeriodEnd} isLoading={busy === "renew"} onClick={() => run("renew", "Renewed", () => renewSubscriptionAction(orgSlug, s.id))}>
            Renew
          </Button>
        </Action>
        <Action hint="Move to another recurring product; benefits follow the new product.">
          <ChangeProductDialog orgSlug={orgSlug} subscriptionId={s.id} products={products} />
        </Action>
        <Action hint="Ends the subscription now and revokes its benefits, e.g. after a chargeback.">
          <ConfirmButton
            label="Revoke now"
            title="Revoke this subscription now?"
            description="The subscription is canceled and ends immediately; the customer loses its benefits now. This cannot be undone."
            confirmLabel="Revoke subscription"
            action={() => updateSubscriptionAction(orgSlug, s.id, { revoke: true })}
            onDone={() => {
              toast({ title: "Subscription revoked", description: "Its benefits are being revoked." });
              void refreshGrants();
            }}
          />
        </Action>
      </div>
    </div>
  );
}
