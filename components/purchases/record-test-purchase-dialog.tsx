"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { recordTestPurchaseAction } from "@/app/dashboard/[org]/customers/[id]/actions";
import { useRefreshGrants } from "@/components/grants/use-grants";
import { applyActionErrors } from "@/components/ui/action-errors";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { useToast } from "@/components/ui/toast";

export type PurchasableProduct = { id: string; name: string; billing: string; price: string; isRecurring: boolean; benefitCount: number };

const schema = z.object({ product_id: z.string().min(1, "Choose a product") });
type Values = z.infer<typeof schema>;

/** What recording this product will do, in one sentence. */
function outcome(p: PurchasableProduct): string {
  const grants = p.benefitCount === 0 ? "It has no benefits yet, so nothing is granted." : `Its ${p.benefitCount === 1 ? "benefit is" : `${p.benefitCount} benefits are`} granted at once.`;
  return p.isRecurring
    ? `Starts an active ${p.billing.toLowerCase()} subscription (${p.price}) with its first paid order. ${grants}`
    : `Records a paid one-time order (${p.price}). ${grants}`;
}

/**
 * "Record test purchase": what the merchant's billing system would report, so the whole flow can
 * be tried without one. A one-time product records an order; a recurring one a subscription.
 */
export function RecordTestPurchaseDialog({ orgSlug, customerId, products }: { orgSlug: string; customerId: string; products: PurchasableProduct[] }) {
  const toast = useToast();
  const refreshGrants = useRefreshGrants();
  const [isOpen, setIsOpen] = useState(false);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { product_id: "" } });
  const { errors, isSubmitting } = form.formState;
  const chosen = products.find((p) => p.id === form.watch("product_id"));

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await recordTestPurchaseAction(orgSlug, customerId, values);
    if (!result.ok) return applyActionErrors(result.errors, form.setError, ["product_id"]);
    setIsOpen(false);
    toast({ title: result.data.kind === "subscription" ? "Test subscription started" : "Test order recorded", description: "Its benefits are being granted." });
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
        <Button>Record test purchase</Button>
      </DialogTrigger>
      <DialogContent
        title="Record a test purchase"
        description="For trying the flow without a billing system: Benefactor records the purchase as if your billing system had reported it, and grants the product's benefits. Real purchases arrive through the API."
      >
        {products.length === 0 ? (
          <p className="text-sm text-gray-600">Create a product (and attach benefits to it) first.</p>
        ) : (
          <form onSubmit={onSubmit} noValidate className="space-y-4">
            <FormError message={errors.root?.server?.message} />
            <Controller
              control={form.control}
              name="product_id"
              render={({ field }) => (
                <FormField label="Product" error={errors.product_id?.message} hint={chosen ? outcome(chosen) : "One-time products record an order; subscriptions start an active subscription."}>
                  <Select
                    value={field.value}
                    onValueChange={field.onChange}
                    placeholder="Choose a product"
                    options={products.map((p) => ({ value: p.id, label: `${p.name} — ${p.billing}, ${p.price}` }))}
                  />
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
                Record purchase
              </Button>
            </div>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
