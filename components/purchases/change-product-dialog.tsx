"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { updateSubscriptionAction } from "@/app/dashboard/[org]/subscriptions/actions";
import { useRefreshGrants } from "@/components/grants/use-grants";
import { applyActionErrors } from "@/components/ui/action-errors";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { FormField } from "@/components/ui/form-field";
import { Select, type SelectOption } from "@/components/ui/select";
import { useToast } from "@/components/ui/toast";

const schema = z.object({ product_id: z.string().min(1, "Choose a product") });
type Values = z.infer<typeof schema>;

/** "Change product": moves the subscription to another recurring product; benefits follow. */
export function ChangeProductDialog({ orgSlug, subscriptionId, products }: { orgSlug: string; subscriptionId: string; products: SelectOption[] }) {
  const toast = useToast();
  const refreshGrants = useRefreshGrants();
  const [isOpen, setIsOpen] = useState(false);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { product_id: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await updateSubscriptionAction(orgSlug, subscriptionId, { product_id: values.product_id });
    if (!result.ok) return applyActionErrors(result.errors, form.setError, ["product_id"]);
    setIsOpen(false);
    toast({ title: "Product changed", description: "Benefits the new product adds are granted; those it lacks are revoked." });
    await refreshGrants();
  });

  return (
    <Dialog
      open={isOpen}
      onOpenChange={(open) => {
        setIsOpen(open);
        if (open) form.reset({ product_id: "" });
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary">Change product</Button>
      </DialogTrigger>
      <DialogContent
        title="Change product"
        description="As when your billing system reports a plan change: the customer keeps the benefits both products share, gets what the new one adds and loses what it lacks. The price becomes the new product's."
      >
        {products.length === 0 ? (
          <p className="text-sm text-gray-600">There is no other recurring product to move to.</p>
        ) : (
          <form onSubmit={onSubmit} noValidate className="space-y-4">
            <FormError message={errors.root?.server?.message} />
            <Controller
              control={form.control}
              name="product_id"
              render={({ field }) => (
                <FormField label="New product" error={errors.product_id?.message}>
                  <Select value={field.value} onValueChange={field.onChange} options={products} placeholder="Choose a recurring product" />
                </FormField>
              )}
            />
            <div className="flex justify-end gap-2 pt-2">
              <DialogClose asChild>
                <Button type="button" variant="secondary">
                  Cancel
                </Button>
              </DialogClose>
              <Button type="submit" isLoading={isSubmitting}>
                Change product
              </Button>
            </div>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
