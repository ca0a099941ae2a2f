"use client";

import { useState, useTransition } from "react";
import { revokeTokenAction } from "@/app/dashboard/[org]/settings/tokens/actions";
import { FormError } from "@/components/ui/form-error";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";

/** Revoke a token after a confirmation; whatever uses it gets 401 from then on. */
export function RevokeTokenDialog({ slug, token }: { slug: string; token: { id: string; name: string } }) {
  const toast = useToast();
  const [isOpen, setIsOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [isPending, startTransition] = useTransition();

  const confirm = () =>
    startTransition(async () => {
      const result = await revokeTokenAction(slug, token.id);
      if (!result.ok) return setError(Object.values(result.errors).join(" "));
      setIsOpen(false);
      toast({ title: "Token revoked", description: `“${token.name}” no longer works.` });
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
        <Button variant="ghost" size="sm" className="text-red-700 hover:bg-red-50" aria-label={`Revoke ${token.name}`}>
          Revoke
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Revoke “${token.name}”?`}
        description="Anything still using this token gets 401 Unauthorized from now on. This cannot be undone."
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
              Revoke token
            </Button>
          </div>
        </div>
      </DialogContent>
    </Dialog>
  );
}
