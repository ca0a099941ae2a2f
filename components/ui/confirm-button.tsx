"use client";

import { useState, type ReactNode } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import type { ActionResult } from "@/lib/api/action-result";

/**
 * A button that asks first: a dialog explains what will happen, and its (red) confirm button runs
 * the action. A failure stays in the dialog; success closes it and calls `onDone`.
 */
export function ConfirmButton({
  label,
  title,
  description,
  confirmLabel,
  action,
  onDone,
  variant = "danger",
  size,
  ariaLabel,
}: {
  label: ReactNode;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  action: () => Promise<ActionResult<unknown>>;
  onDone?: () => void;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
  /** The trigger's accessible name, when `label` alone does not say which item it acts on. */
  ariaLabel?: string;
}) {
  const [isOpen, setIsOpen] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string>();

  const confirm = async () => {
    setIsBusy(true);
    setError(undefined);
    const result = await action().catch(() => null);
    setIsBusy(false);
    if (!result?.ok) {
      setError(result ? Object.values(result.errors).join(" ") : "Something went wrong. Try again.");
      return;
    }
    setIsOpen(false);
    onDone?.();
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
        <Button variant={variant} size={size} aria-label={ariaLabel}>
          {label}
        </Button>
      </DialogTrigger>
      <DialogContent title={title} description={description}>
        <div className="space-y-4">
          <FormError message={error} />
          <div className="flex justify-end gap-2">
            <DialogClose asChild>
              <Button type="button" variant="secondary">
                Cancel
              </Button>
            </DialogClose>
            <Button type="button" variant="danger" isLoading={isBusy} onClick={confirm}>
              {confirmLabel}
            </Button>
          </div>
        </div>
      </DialogContent>
    </Dialog>
  );
}
