"use client";

import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { addMeterCreditAction } from "@/app/dashboard/[org]/meters/actions";
import { applyActionErrors } from "@/components/ui/action-errors";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useToast } from "@/components/ui/toast";

type Values = { customer_id: string; units: string; reason: string };
export type TopUpCustomer = { id: string; email: string };

/**
 * "Add credits": a manual top-up of one customer's balance on this meter. Opened from a customer's
 * row (`customer` fixed) or from the page header (choose among `customers`).
 */
export function TopUpDialog({
  orgSlug,
  meterId,
  customer,
  customers = [],
  triggerLabel = "Add credits",
}: {
  orgSlug: string;
  meterId: string;
  customer?: TopUpCustomer;
  customers?: TopUpCustomer[];
  triggerLabel?: string;
}) {
  const toast = useToast();
  const [isOpen, setIsOpen] = useState(false);
  const defaults: Values = { customer_id: customer?.id ?? "", units: "", reason: "" };
  const form = useForm<Values>({ defaultValues: defaults });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const units = Number(values.units);
    if (values.units.trim() === "" || !Number.isFinite(units)) return form.setError("units", { message: "Enter a number of units" });
    const input = { customer_id: values.customer_id || null, units, reason: values.reason.trim() || null };
    const result = await addMeterCreditAction(orgSlug, meterId, input);
    if (!result.ok) return applyActionErrors(result.errors, form.setError, ["customer_id", "units", "reason"]);
    setIsOpen(false);
    toast({ title: `Credits added: the balance is now ${result.data.balance.toLocaleString("en-US")}` });
  });

  return (
    <Dialog
      open={isOpen}
      onOpenChange={(open) => {
        setIsOpen(open);
        if (open) form.reset(defaults);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary" size={customer ? "sm" : "md"} aria-label={customer ? `Add credits for ${customer.email}` : undefined}>
          {triggerLabel}
        </Button>
      </DialogTrigger>
      <DialogContent title="Add credits" description="Added to the customer's balance at once. No revoke ever takes a manual top-up back.">
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <FormError message={errors.root?.server?.message} />
          {customer ? (
            <p className="text-sm text-gray-700">
              For <span className="font-medium">{customer.email}</span>
            </p>
          ) : (
            <Controller
              control={form.control}
              name="customer_id"
              render={({ field }) => (
                <FormField label="Customer" error={errors.customer_id?.message}>
                  <Select value={field.value || undefined} onValueChange={field.onChange} placeholder="Choose a customer" options={customers.map((c) => ({ value: c.id, label: c.email }))} />
                </FormField>
              )}
            />
          )}
          <FormField label="Units" error={errors.units?.message}>
            <Input {...form.register("units")} inputMode="decimal" autoComplete="off" placeholder="1,000" />
          </FormField>
          <FormField label="Reason" error={errors.reason?.message} hint="Optional; kept with the credit.">
            <Input {...form.register("reason")} autoComplete="off" placeholder="Goodwill after an outage" />
          </FormField>
          <div className="flex justify-end gap-2 pt-2">
            <DialogClose asChild>
              <Button type="button" variant="secondary">
                Cancel
              </Button>
            </DialogClose>
            <Button type="submit" isLoading={isSubmitting}>
              Add credits
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
