"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { grantBenefitManuallyAction } from "@/app/dashboard/[org]/customers/[id]/actions";
import { useRefreshGrants } from "@/components/grants/use-grants";
import { applyActionErrors } from "@/components/ui/action-errors";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { FormField } from "@/components/ui/form-field";
import { Select, type SelectOption } from "@/components/ui/select";
import { useToast } from "@/components/ui/toast";

const schema = z.object({ benefit_id: z.string().min(1, "Choose a benefit") });
type Values = z.infer<typeof schema>;

/** "Grant a benefit manually": gives the customer a benefit outside any purchase. */
export function GrantBenefitDialog({ orgSlug, customerId, benefits }: { orgSlug: string; customerId: string; benefits: SelectOption[] }) {
  const toast = useToast();
  const refreshGrants = useRefreshGrants();
  const [isOpen, setIsOpen] = useState(false);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { benefit_id: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await grantBenefitManuallyAction(orgSlug, customerId, values);
    if (!result.ok) return applyActionErrors(result.errors, form.setError, ["benefit_id"]);
    setIsOpen(false);
    toast({ title: "Benefit granted", description: "It is being delivered now." });
    await refreshGrants();
  });

  return (
    <Dialog
      open={isOpen}
      onOpenChange={(open) => {
        setIsOpen(open);
        if (open) form.reset({ benefit_id: "" });
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm">
          Grant a benefit manually
        </Button>
      </DialogTrigger>
      <DialogContent
        title="Grant a benefit manually"
        description="Give this customer a benefit without a purchase, e.g. as a gift or to make up for an outage. It stays until you revoke it; purchases and cancellations do not touch it."
      >
        {benefits.length === 0 ? (
          <p className="text-sm text-gray-600">Create a benefit first.</p>
        ) : (
          <form onSubmit={onSubmit} noValidate className="space-y-4">
            <FormError message={errors.root?.server?.message} />
            <Controller
              control={form.control}
              name="benefit_id"
              render={({ field }) => (
                <FormField label="Benefit" error={errors.benefit_id?.message}>
                  <Select value={field.value} onValueChange={field.onChange} options={benefits} placeholder="Choose a benefit" />
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
                Grant benefit
              </Button>
            </div>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
