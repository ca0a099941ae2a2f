"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import type { z } from "zod";
import { importLicenseKeyAction } from "@/app/dashboard/[org]/license-keys/actions";
import { fromUtcInput, toUtcInput } from "@/components/license-keys/utc-input";
import { applyActionErrors } from "@/components/ui/action-errors";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useToast } from "@/components/ui/toast";
import { importLicenseKeyBody } from "@/lib/license-keys/license-key-input";

type Values = z.input<typeof importLicenseKeyBody>;

const FIELDS = ["key", "benefit_id", "customer_email", "customer_name", "expires_at", "usage"] as const;
const empty = (): Values => ({ key: "", benefit_id: "", customer_email: "", customer_name: "", expires_at: null });

/**
 * "Import key": takes over a key another system issued, so apps in the field keep working.
 * The form validates with the API's own schema; the customer is found by email (or created).
 */
export function ImportLicenseKeyDialog({ orgSlug, benefits }: { orgSlug: string; benefits: { id: string; description: string }[] }) {
  const toast = useToast();
  const router = useRouter();
  const [isOpen, setIsOpen] = useState(false);
  // raw: the action receives what the API would (strings), and parses it with the same schema.
  const form = useForm<Values>({ resolver: zodResolver(importLicenseKeyBody, undefined, { raw: true }), defaultValues: empty() });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const body = { ...values, customer_name: values.customer_name || null };
    const result = await importLicenseKeyAction(orgSlug, body);
    if (!result.ok) return applyActionErrors(result.errors, form.setError, FIELDS);
    setIsOpen(false);
    toast({ title: "License key imported", description: "It validates and activates like any other key." });
    router.push(`/dashboard/${orgSlug}/license-keys/${result.data.id}`);
  });

  return (
    <Dialog
      open={isOpen}
      onOpenChange={(open) => {
        setIsOpen(open);
        if (open) form.reset(empty());
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary">Import key</Button>
      </DialogTrigger>
      <DialogContent
        title="Import a license key"
        description="Bring over a key your previous system issued, so your customer's app keeps validating it. Limits come from the benefit; you can edit them afterwards."
      >
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <FormError message={errors.root?.server?.message} />
          <FormField label="Key" error={errors.key?.message} hint="Exactly as the customer has it.">
            <Input autoComplete="off" spellCheck={false} className="font-mono" {...form.register("key")} />
          </FormField>
          <Controller
            control={form.control}
            name="benefit_id"
            render={({ field }) => (
              <FormField label="Benefit" error={errors.benefit_id?.message}>
                <Select
                  value={field.value || undefined}
                  onValueChange={field.onChange}
                  placeholder="Choose a license key benefit"
                  options={benefits.map((b) => ({ value: b.id, label: b.description }))}
                />
              </FormField>
            )}
          />
          <FormField label="Customer email" error={errors.customer_email?.message ?? errors.customer_id?.message} hint="An existing customer, or a new one with this email.">
            <Input type="email" autoComplete="off" {...form.register("customer_email")} />
          </FormField>
          <FormField label="Customer name (optional)" error={errors.customer_name?.message} hint="Used only when a new customer is created.">
            <Input autoComplete="off" {...form.register("customer_name")} />
          </FormField>
          <Controller
            control={form.control}
            name="expires_at"
            render={({ field }) => (
              <FormField label="Expires (UTC, optional)" error={errors.expires_at?.message} hint="Leave empty if the key never expires.">
                <Input type="datetime-local" step={1} value={toUtcInput(field.value)} onChange={(e) => field.onChange(fromUtcInput(e.target.value))} />
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
              Import key
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
