"use client";

import { useTransition } from "react";
import { setWebhookEndpointEnabledAction } from "@/app/dashboard/[org]/settings/webhooks/actions";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";

/** Switches an endpoint off (events stop being created for it) or on again. */
export function WebhookEnabledToggle({ slug, endpointId, isEnabled }: { slug: string; endpointId: string; isEnabled: boolean }) {
  const toast = useToast();
  const [isPending, startTransition] = useTransition();

  const toggle = () =>
    startTransition(async () => {
      const result = await setWebhookEndpointEnabledAction(slug, endpointId, !isEnabled);
      if (!result.ok) return toast({ title: "Could not change the endpoint", description: Object.values(result.errors).join(" "), tone: "error" });
      toast({
        title: isEnabled ? "Endpoint disabled" : "Endpoint enabled",
        description: isEnabled ? "It receives no events until you enable it again." : "New events are sent to it again.",
      });
    });

  return (
    <Button variant="secondary" onClick={toggle} isLoading={isPending}>
      {isEnabled ? "Disable" : "Enable"}
    </Button>
  );
}
