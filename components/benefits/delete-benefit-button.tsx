"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/api/action-result";

/** Delete with a confirmation that says what happens to products and customers. */
export function DeleteBenefitButton({
  description,
  productCount,
  listHref,
  action,
}: {
  description: string;
  productCount: number;
  listHref: string;
  action: () => Promise<ActionResult<undefined>>;
}) {
  const router = useRouter();
  const toast = useToast();
  const [isOpen, setIsOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function confirm() {
    setError(null);
    startTransition(async () => {
      const result = await action();
      if (!result.ok) {
        setError(Object.values(result.errors).join(" ") || "The benefit could not be deleted.");
        return;
      }
      setIsOpen(false);
      toast({ title: "Benefit deleted", description });
      router.push(listHref);
    });
  }

  return (
    <Dialog open={isOpen} onOpenChange={setIsOpen}>
      <DialogTrigger asChild>
        <Button variant="danger">Delete benefit</Button>
      </DialogTrigger>
      <DialogContent
        title={`Delete “${description}”?`}
        description={
          productCount > 0
            ? `It is removed from ${productCount} product${productCount === 1 ? "" : "s"}, and customers who have it lose it. This cannot be undone.`
            : "Customers who have it lose it. This cannot be undone."
        }
      >
        {error && (
          <p role="alert" className="mb-3 text-sm text-red-600">
            {error}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button variant="danger" onClick={confirm} isLoading={isPending}>
            Delete
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
