"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { applyActionErrors } from "@/components/ui/action-errors";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/api/action-result";
import { emailSchema } from "@/lib/customers/customer-input";

// The API's email rule; name and external id are optional text (empty = none).
const customerFormSchema = z.object({
  email: emailSchema,
  name: z.string().trim().max(256, "At most 256 characters"),
  external_id: z.string().trim().max(256, "At most 256 characters"),
});

type CustomerFormValues = z.input<typeof customerFormSchema>;
export type SaveCustomerAction = (body: Record<string, unknown>) => Promise<ActionResult<{ id: string }>>;

const FIELDS = ["email", "name", "external_id"] as const;

/** "New customer" or "Edit customer": a dialog with email, name and external id. */
export function CustomerFormDialog({
  mode,
  defaultValues = { email: "", name: "", external_id: "" },
  isExternalIdLocked = false,
  action,
  listHref,
}: {
  mode: "create" | "edit";
  defaultValues?: CustomerFormValues;
  /** An external id, once set, cannot change (Polar's rule). */
  isExternalIdLocked?: boolean;
  action: SaveCustomerAction;
  /** The customers list; a new customer's page is `${listHref}/${id}`. */
  listHref?: string;
}) {
  const router = useRouter();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [isOpen, setIsOpen] = useState(false);
  const form = useForm<CustomerFormValues, unknown, z.output<typeof customerFormSchema>>({
    resolver: zodResolver(customerFormSchema),
    defaultValues,
  });
  const { errors, isSubmitting } = form.formState;

  function onOpenChange(open: boolean) {
    setIsOpen(open);
    if (open) form.reset(defaultValues);
  }

  const onSubmit = form.handleSubmit(async (values) => {
    const body = {
      email: values.email,
      name: values.name || null,
      ...(isExternalIdLocked ? {} : { external_id: values.external_id || null }),
    };
    const result = await action(body);
    if (!result.ok) return applyActionErrors(result.errors, form.setError, FIELDS);
    await queryClient.invalidateQueries({ queryKey: ["customers"] });
    setIsOpen(false);
    if (mode === "create") {
      toast({ title: "Customer created", description: values.email });
      if (listHref) router.push(`${listHref}/${result.data.id}`);
    } else {
      toast({ title: "Customer saved" });
    }
  });

  return (
    <Dialog open={isOpen} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant={mode === "create" ? "primary" : "secondary"}>{mode === "create" ? "New customer" : "Edit customer"}</Button>
      </DialogTrigger>
      <DialogContent
        title={mode === "create" ? "New customer" : "Edit customer"}
        description={
          mode === "create"
            ? "Usually your billing system creates customers through the API; add one by hand here."
            : "Changing the email does not move purchases: they stay with this customer."
        }
      >
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          {errors.root?.server && (
            <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 ring-1 ring-red-600/20">
              {errors.root.server.message}
            </p>
          )}
          <FormField label="Email" error={errors.email?.message}>
            <Input type="email" {...form.register("email")} autoComplete="off" placeholder="jane@example.com" />
          </FormField>
          <FormField label="Name" error={errors.name?.message} hint="Optional.">
            <Input {...form.register("name")} autoComplete="off" placeholder="Jane Doe" />
          </FormField>
          <FormField
            label="External ID"
            error={errors.external_id?.message}
            hint={
              isExternalIdLocked
                ? "Set once and cannot change: it links this customer to your own records."
                : "Optional. Your own id for this customer (e.g. your user id); can be set once."
            }
          >
            <Input {...form.register("external_id")} autoComplete="off" placeholder="user_1234" readOnly={isExternalIdLocked} className={isExternalIdLocked ? "bg-gray-50 text-gray-600" : undefined} />
          </FormField>
          <div className="flex justify-end gap-2 pt-2">
            <DialogClose asChild>
              <Button type="button" variant="secondary">
                Cancel
              </Button>
            </DialogClose>
            <Button type="submit" isLoading={isSubmitting}>
              {mode === "create" ? "Create customer" : "Save changes"}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
