"use client";

import { useState, useTransition } from "react";
import { resetWebhookSecretAction } from "@/app/dashboard/[org]/settings/webhooks/actions";
import { WebhookSecretReveal } from "@/components/webhooks/webhook-secret-reveal";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";

/** Replace a lost or leaked signing secret after a confirmation; the new one is shown once. */
export function ResetWebhookSecretDialog({ slug, endpointId }: { slug: string; endpointId: string }) {
  const [isOpen, setIsOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  const [isPending, startTransition] = useTransition();

  const onOpenChange = (open: boolean) => {
    setIsOpen(open);
    setError(undefined);
    if (!open) setCreated(null);
  };

  const confirm = () =>
    startTransition(async () => {
      const result = await resetWebhookSecretAction(slug, endpointId);
      if (!result.ok) return setError(Object.values(result.errors).join(" "));
      setCreated(result.data);
    });

  return (
    <Dialog open={isOpen} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="secondary">Reset secret</Button>
      </DialogTrigger>
      {created ? (
        <DialogContent title="Your endpoint's new signing secret" isDismissible={false}>
          <WebhookSecretReveal url={created.url} secret={created.secret} onDone={() => onOpenChange(false)} />
        </DialogContent>
      ) : (
        <DialogContent
          title="Reset the signing secret?"
          description="Deliveries are signed with a new secret from now on, retries included. Your app rejects them until you give it the new secret."
        >
          <div className="space-y-4">
            <FormError message={error} />
            <div className="flex justify-end gap-2">
              <DialogClose asChild>
                <Button type="button" variant="secondary">
                  Cancel
                </Button>
              </DialogClose>
              <Button type="button" variant="danger" isLoading={isPending} onClick={confirm}>
                Reset secret
              </Button>
            </div>
          </div>
        </DialogContent>
      )}
    </Dialog>
  );
}
