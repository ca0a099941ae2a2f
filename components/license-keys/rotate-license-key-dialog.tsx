"use client";

import { useState } from "react";
import { rotateLicenseKeyAction } from "@/app/dashboard/[org]/license-keys/actions";
import { Button } from "@/components/ui/button";
import { CopyableSecret } from "@/components/ui/copyable-secret";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";

/**
 * "Rotate": asks first, then shows the new key with a Copy button. The dialog stays open until
 * the merchant presses Done, so the key is not lost to a stray click.
 */
export function RotateLicenseKeyDialog({ orgSlug, licenseKeyId }: { orgSlug: string; licenseKeyId: string }) {
  const [isOpen, setIsOpen] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [newKey, setNewKey] = useState<string | null>(null);

  const rotate = async () => {
    setIsBusy(true);
    setError(undefined);
    const result = await rotateLicenseKeyAction(orgSlug, licenseKeyId).catch(() => null);
    setIsBusy(false);
    if (!result?.ok) return setError(result ? Object.values(result.errors).join(" ") : "Something went wrong. Try again.");
    setNewKey(result.data.key);
  };

  return (
    <Dialog
      open={isOpen}
      onOpenChange={(open) => {
        setIsOpen(open);
        setError(undefined);
        if (open) setNewKey(null);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary">Rotate</Button>
      </DialogTrigger>
      <DialogContent
        title={newKey ? "The new key" : "Rotate this key?"}
        description={
          newKey
            ? "Send it to your customer. The old key stopped working."
            : "The key gets a new value and the old one stops validating at once. Status, usage, limits, expiry and activations stay: the customer enters the new key on their machines without using up activations."
        }
        isDismissible={!newKey}
      >
        {newKey ? (
          <div className="space-y-4">
            <CopyableSecret value={newKey} noun="key" testId="rotated-key" />
            <div className="flex justify-end">
              <Button type="button" onClick={() => setIsOpen(false)}>
                Done
              </Button>
            </div>
          </div>
        ) : (
          <div className="space-y-4">
            <FormError message={error} />
            <div className="flex justify-end gap-2">
              <DialogClose asChild>
                <Button type="button" variant="secondary">
                  Cancel
                </Button>
              </DialogClose>
              <Button type="button" variant="danger" isLoading={isBusy} onClick={rotate}>
                Rotate key
              </Button>
            </div>
          </div>
        )}
      </DialogContent>
    </Dialog>
  );
}
