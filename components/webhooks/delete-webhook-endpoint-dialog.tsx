"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteWebhookEndpointAction } from "@/app/dashboard/[org]/settings/webhooks/actions";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";

/** Delete an endpoint after a confirmation, then go back to the list. */
export function DeleteWebhookEndpointDialog({ slug, endpoint }: { slug: string; endpoint: { id: string; url: string } }) {
  const router = useRouter();
  const toast = useToast();
  const [isOpen, setIsOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [isPending, startTransition] = useTransition();

  const confirm = () =>
    startTransition(async () => {
      const result = await deleteWebhookEndpointAction(slug, endpoint.id);
      if (!result.ok) return setError(Object.values(result.errors).join(" "));
      setIsOpen(false);
      toast({ title: "Endpoint deleted", description: endpoint.url });
      router.push(`/dashboard/${slug}/settings/webhooks`);
    });

  return (
    <Dialog
      open={isOpen}
      onOpenChange={(open) => {
        setIsOpen(open);
        setError(undefined);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="danger">Delete</Button>
      </DialogTrigger>
      <DialogContent
        title="Delete this endpoint?"
        description={
          <>
            <span className="break-all">{endpoint.url}</span> stops receiving events, retries still scheduled are dropped, and its
            delivery log is deleted. This cannot be undone.
          </>
        }
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
              Delete endpoint
            </Button>
          </div>
        </div>
      </DialogContent>
    </Dialog>
  );
}
