"use client";

import { useTransition } from "react";
import { redeliverWebhookEventAction } from "@/app/dashboard/[org]/settings/webhooks/actions";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";

/** Queue one more delivery of an event (same webhook-id, so a receiver that saw it can ignore it). */
export function RedeliverButton({ slug, eventId, isDisabled }: { slug: string; eventId: string; isDisabled?: boolean }) {
  const toast = useToast();
  const [isPending, startTransition] = useTransition();

  const redeliver = () =>
    startTransition(async () => {
      const result = await redeliverWebhookEventAction(slug, eventId);
      if (!result.ok) return toast({ title: "Could not redeliver", description: Object.values(result.errors).join(" "), tone: "error" });
      toast({ title: "Redelivery queued", description: "The new attempt appears in the log in a moment." });
    });

  return (
    <Button
      variant="secondary"
      size="sm"
      onClick={redeliver}
      isLoading={isPending}
      disabled={isDisabled}
      title={isDisabled ? "Enable the endpoint to redeliver" : undefined}
    >
      Redeliver
    </Button>
  );
}
