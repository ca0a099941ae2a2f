"use client";

import { useState, useTransition } from "react";
import { rotateSigningKeyAction } from "@/app/dashboard/[org]/settings/license-signing/actions";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";

/** Rotate after a confirmation: tokens already issued keep verifying, new ones use the new key. */
export function RotateSigningKeyDialog({ slug }: { slug: string }) {
  const toast = useToast();
  const [isOpen, setIsOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [isPending, startTransition] = useTransition();

  const confirm = () =>
    startTransition(async () => {
      const result = await rotateSigningKeyAction(slug);
      if (!result.ok) return setError(Object.values(result.errors).join(" "));
      setIsOpen(false);
      toast({ title: "Signing key rotated", description: `New tokens are signed with key ${result.data.kid}.` });
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
        <Button variant="secondary">Rotate signing key</Button>
      </DialogTrigger>
      <DialogContent
        title="Rotate the signing key?"
        description="A new key signs every token from now on. The current key stays published, so tokens it already signed keep verifying until they expire. Apps that bundle a copy of the JWKS need the new copy before they can verify new tokens."
      >
        <div className="space-y-4">
          <FormError message={error} />
          <div className="flex justify-end gap-2">
            <DialogClose asChild>
              <Button type="button" variant="secondary">
                Cancel
              </Button>
            </DialogClose>
            <Button type="button" isLoading={isPending} onClick={confirm}>
              Rotate key
            </Button>
          </div>
        </div>
      </DialogContent>
    </Dialog>
  );
}
