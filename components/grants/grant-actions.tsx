"use client";

import { useState } from "react";
import { retryGrantAction, revokeGrantAction } from "@/app/dashboard/[org]/customers/[id]/actions";
import { useRefreshGrants } from "@/components/grants/use-grants";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import type { GrantResponse } from "@/lib/grants/serialize-grant";

/** Retry (a failed or action-required grant) and Revoke (a granted one) for one row. */
export function GrantActions({ orgSlug, grant }: { orgSlug: string; grant: GrantResponse }) {
  const toast = useToast();
  const refreshGrants = useRefreshGrants();
  const [isRetrying, setIsRetrying] = useState(false);
  const name = grant.benefit.description;
  const canRetry = grant.status === "failed" || grant.status === "action_required" || (grant.status === "granted" && grant.error !== null);

  const retry = async () => {
    setIsRetrying(true);
    const result = await retryGrantAction(orgSlug, grant.id).catch(() => null);
    setIsRetrying(false);
    if (!result?.ok) {
      toast({ tone: "error", title: "Could not retry", description: result ? Object.values(result.errors).join(" ") : undefined });
      return;
    }
    toast({ title: "Retrying", description: `${name} is being delivered again.` });
    await refreshGrants();
  };

  return (
    <div className="flex justify-end gap-2">
      {canRetry && (
        <Button variant="secondary" size="sm" isLoading={isRetrying} onClick={retry}>
          Retry<span className="sr-only"> {name}</span>
        </Button>
      )}
      {grant.status === "granted" && (
        <ConfirmButton
          size="sm"
          variant="secondary"
          label={
            <>
              Revoke<span className="sr-only"> {name}</span>
            </>
          }
          title={`Revoke “${name}”?`}
          description={`${grant.customer.email} loses this benefit now. The purchase it came from does not change; to give the benefit back, grant it manually.`}
          confirmLabel="Revoke benefit"
          action={() => revokeGrantAction(orgSlug, grant.id)}
          onDone={() => {
            toast({ title: "Revoking", description: `${name} is being taken back.` });
            void refreshGrants();
          }}
        />
      )}
    </div>
  );
}
