"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { deactivateActivationAction } from "@/app/portal/[org]/actions";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";

/** "Deactivate" on one activation, after a confirmation that says what it does to that device. */
export function DeactivateActivationButton({ slug, licenseKeyId, activation }: { slug: string; licenseKeyId: string; activation: { id: string; label: string } }) {
  const router = useRouter();
  const [isOpen, setIsOpen] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string>();

  const confirm = async () => {
    setIsBusy(true);
    setError(undefined);
    const result = await deactivateActivationAction(slug, licenseKeyId, activation.id).catch(() => null);
    setIsBusy(false);
    if (!result?.ok) {
      setError(result ? Object.values(result.errors).join(" ") : "Something went wrong. Try again.");
      return;
    }
    setIsOpen(false);
    router.refresh();
  };

  return (
    <Dialog
      open={isOpen}
      onOpenChange={(open) => {
        setIsOpen(open);
        setError(undefined);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm" aria-label={`Deactivate ${activation.label}`}>
          Deactivate
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Deactivate “${activation.label}”?`}
        description="The app on that device stops accepting this key until it is activated again. This frees one activation for another device."
      >
        <div className="space-y-4">
          <FormError message={error} />
          <div className="flex justify-end gap-2">
            <DialogClose asChild>
              <Button type="button" variant="secondary">
                Cancel
              </Button>
            </DialogClose>
            <Button type="button" variant="danger" isLoading={isBusy} onClick={confirm}>
              Deactivate device
            </Button>
          </div>
        </div>
      </DialogContent>
    </Dialog>
  );
}
