"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { refundOrderAction } from "@/app/dashboard/[org]/orders/actions";
import { useRefreshGrants } from "@/components/grants/use-grants";
import { centsToText, formatMoney, textToCents } from "@/components/products/product-format";
import { applyActionErrors } from "@/components/ui/action-errors";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast";

type Props = { orgSlug: string; orderId: string; refundable: number; currency: string; isSubscriptionOrder: boolean; hasRevokedBenefits: boolean };

function schemaFor(refundable: number, currency: string) {
  return z.object({
    amount: z
      .string()
      .trim()
      .refine((v) => textToCents(v) !== null, "Enter an amount, e.g. 19.99")
      .refine((v) => (textToCents(v) ?? 0) <= refundable, `At most ${formatMoney(refundable, currency)} is left to refund`),
    revoke_benefits: z.boolean(),
  });
}
type Values = z.infer<ReturnType<typeof schemaFor>>;

/** "Refund": records a refund the billing system made, optionally taking the benefits back. */
export function RefundOrderDialog({ orgSlug, orderId, refundable, currency, isSubscriptionOrder, hasRevokedBenefits }: Props) {
  const toast = useToast();
  const refreshGrants = useRefreshGrants();
  const [isOpen, setIsOpen] = useState(false);
  const defaults: Values = { amount: centsToText(refundable), revoke_benefits: false };
  const form = useForm<Values>({ resolver: zodResolver(schemaFor(refundable, currency)), defaultValues: defaults });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const body = { amount: textToCents(values.amount), revoke_benefits: values.revoke_benefits };
    const result = await refundOrderAction(orgSlug, orderId, body);
    if (!result.ok) return applyActionErrors(result.errors, form.setError, ["amount"]);
    setIsOpen(false);
    toast({ title: "Refund recorded", description: values.revoke_benefits ? "The benefits are being revoked." : "The customer keeps the benefits." });
    await refreshGrants();
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
        <Button variant="secondary">Refund</Button>
      </DialogTrigger>
      <DialogContent title="Record a refund" description="Record a refund your billing system made. Benefactor moves no money.">
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <FormError message={errors.root?.server?.message} />
          <FormField label="Amount" error={errors.amount?.message} hint={`In ${currency.toUpperCase()}; up to ${formatMoney(refundable, currency)} is left to refund. 0 records no money back.`}>
            <Input inputMode="decimal" autoComplete="off" {...form.register("amount")} />
          </FormField>
          {!hasRevokedBenefits && (
            <Checkbox
              label="Also revoke benefits"
              hint={
                isSubscriptionOrder
                  ? "This order paid for a subscription: the subscription is revoked now, which takes its benefits back."
                  : "The customer loses the benefits this order granted."
              }
              {...form.register("revoke_benefits")}
            />
          )}
          <div className="flex justify-end gap-2 pt-2">
            <DialogClose asChild>
              <Button type="button" variant="secondary">
                Cancel
              </Button>
            </DialogClose>
            <Button type="submit" isLoading={isSubmitting}>
              Record refund
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
