"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Controller, useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import { applyActionErrors } from "@/components/ui/action-errors";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input, Textarea } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/api/action-result";
import { INTERVALS, productName } from "@/lib/products/product-input";
import { CURRENCIES, INTERVAL_OPTIONS, textToCents } from "./product-format";

const MAX_CENTS = 2_147_483_647;

// The API's name rule, plus the form's own inputs (an amount in dollars, a billing choice).
const productFormSchema = z.object({
  name: productName,
  description: z.string().max(10_000, "At most 10000 characters"),
  billing: z.enum(["one_time", "recurring"]),
  recurring_interval: z.enum(INTERVALS),
  amount: z
    .string()
    .refine((v) => textToCents(v) !== null, "Enter an amount such as 19 or 19.99 (0 for free)")
    // Amounts are stored in cents as a 32-bit integer.
    .refine((v) => (textToCents(v) ?? 0) <= MAX_CENTS, `At most ${(MAX_CENTS / 100).toLocaleString("en-US")}`),
  currency: z.string().regex(/^[a-z]{3}$/, "Choose a currency"),
  is_archived: z.boolean(),
});

export type ProductFormValues = z.input<typeof productFormSchema>;
export type SaveProductAction = (body: Record<string, unknown>) => Promise<ActionResult<{ id: string }>>;

/** Where an API error (keyed like "prices.0.price_amount") shows in this form; null = at the top. */
function formPath(key: string): keyof ProductFormValues | null {
  if (key === "name" || key === "description" || key === "is_archived") return key;
  if (key.startsWith("prices")) return key.endsWith("price_currency") ? "currency" : "amount";
  if (key.startsWith("recurring_interval")) return "recurring_interval";
  return null;
}

export function ProductForm({
  mode,
  defaultValues,
  isPriceEditable = true,
  initialPrice,
  action,
  cancelHref,
}: {
  mode: "create" | "edit";
  defaultValues: ProductFormValues;
  /** False for a pay-what-you-want price made through the API: this form edits fixed prices only. */
  isPriceEditable?: boolean;
  /** The price as loaded, so an edit sends prices only when they changed. */
  initialPrice?: { cents: number; currency: string };
  action: SaveProductAction;
  cancelHref: string;
}) {
  const router = useRouter();
  const toast = useToast();
  const form = useForm<ProductFormValues, unknown, z.output<typeof productFormSchema>>({
    resolver: zodResolver(productFormSchema),
    defaultValues,
  });
  const { errors, isSubmitting, isDirty } = form.formState;
  const billing = useWatch({ control: form.control, name: "billing" });

  const onSubmit = form.handleSubmit(async (values) => {
    const cents = textToCents(values.amount) ?? 0;
    const price = { amount_type: "fixed", price_amount: cents, price_currency: values.currency };
    const isPriceChanged = !initialPrice || initialPrice.cents !== cents || initialPrice.currency !== values.currency;
    const body =
      mode === "create"
        ? {
            name: values.name,
            description: values.description,
            recurring_interval: values.billing === "recurring" ? values.recurring_interval : null,
            prices: [price],
          }
        : {
            name: values.name,
            description: values.description,
            is_archived: values.is_archived,
            ...(isPriceEditable && isPriceChanged ? { prices: [price] } : {}),
          };
    const result = await action(body);
    if (!result.ok) return applyActionErrors(result.errors, form.setError, formPath);
    if (mode === "create") {
      toast({ title: "Product created", description: "Now attach the benefits a purchase grants." });
      router.push(`${cancelHref}/${result.data.id}`);
    } else {
      toast({ title: "Product saved" });
      form.reset(values);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {errors.root?.server && (
        <div role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 ring-1 ring-red-600/20">
          {errors.root.server.message}
        </div>
      )}
      <FormField label="Name" error={errors.name?.message} className="max-w-md">
        <Input {...form.register("name")} autoComplete="off" placeholder="Pro License" />
      </FormField>
      <FormField label="Description" error={errors.description?.message} hint="Optional. For your records and the customer portal.">
        <Textarea {...form.register("description")} rows={3} />
      </FormField>

      {mode === "create" && (
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium text-gray-800">Billing</legend>
          <div className="flex flex-col gap-2 sm:flex-row sm:gap-6">
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" value="one_time" {...form.register("billing")} className="accent-brand-600" />
              One-time purchase
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" value="recurring" {...form.register("billing")} className="accent-brand-600" />
              Subscription
            </label>
          </div>
          {billing === "recurring" && (
            <Controller
              control={form.control}
              name="recurring_interval"
              render={({ field }) => (
                <FormField label="Billing interval" error={errors.recurring_interval?.message} className="max-w-xs">
                  <Select value={field.value} onValueChange={field.onChange} options={INTERVAL_OPTIONS} />
                </FormField>
              )}
            />
          )}
          <p className="text-xs text-gray-500">The billing cycle cannot change once the product exists.</p>
        </fieldset>
      )}

      {isPriceEditable ? (
        <div className="flex flex-wrap items-start gap-3">
          <FormField label="Price" error={errors.amount?.message} hint="In major units, e.g. 19.99. Use 0 for a free product." className="w-56">
            <Input {...form.register("amount")} inputMode="decimal" placeholder="19.99" />
          </FormField>
          <Controller
            control={form.control}
            name="currency"
            render={({ field }) => (
              <FormField label="Currency" error={errors.currency?.message} className="w-60">
                <Select value={field.value} onValueChange={field.onChange} options={CURRENCIES} />
              </FormField>
            )}
          />
        </div>
      ) : (
        <p className="text-sm text-gray-600">This product has a pay-what-you-want price; change it through the API.</p>
      )}

      {mode === "edit" && (
        <Checkbox
          {...form.register("is_archived")}
          label="Archived"
          hint="Archived products cannot be bought any more. Customers who already bought it keep their benefits."
        />
      )}

      <div className="flex items-center gap-3 border-t border-gray-100 pt-5">
        <Button type="submit" isLoading={isSubmitting} disabled={mode === "edit" && !isDirty}>
          {mode === "create" ? "Create product" : "Save changes"}
        </Button>
        <Button asChild variant="ghost">
          <Link href={cancelHref}>{mode === "create" ? "Cancel" : "Back to products"}</Link>
        </Button>
        <span aria-live="polite" className="text-sm text-gray-500">
          {isSubmitting ? "Saving…" : ""}
        </span>
      </div>
    </form>
  );
}
