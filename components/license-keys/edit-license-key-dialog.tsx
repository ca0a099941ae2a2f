"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import type { z } from "zod";
import { updateLicenseKeyAction } from "@/app/dashboard/[org]/license-keys/actions";
import { fromUtcInput, toUtcInput } from "@/components/license-keys/utc-input";
import { applyActionErrors } from "@/components/ui/action-errors";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast";
import { MAX_ACTIVATION_LIMIT, updateLicenseKeyBody } from "@/lib/license-keys/license-key-input";

type Values = z.input<typeof updateLicenseKeyBody>;
export type LicenseKeyLimits = { usage: number; limit_activations: number | null; limit_usage: number | null; expires_at: string | null };

const FIELDS = ["usage", "limit_activations", "limit_usage", "expires_at"] as const;

// Text inputs hold strings; the API schema wants numbers. Empty is "no limit" (null) for a
// limit, "unchanged" for usage; anything else goes to the schema as typed, so "abc" is refused.
const asLimit = (v: unknown) => (v === "" || v === null ? null : Number(v));
const asCount = (v: unknown) => (v === "" ? undefined : Number(v));

/**
 * "Edit limits": usage, activation and usage limits, expiry. Validated in the browser with the
 * API's own schema; rules that need the stored key (activations in use) come back per field.
 */
export function EditLicenseKeyDialog({ orgSlug, licenseKeyId, current }: { orgSlug: string; licenseKeyId: string; current: LicenseKeyLimits }) {
  const toast = useToast();
  const [isOpen, setIsOpen] = useState(false);
  // raw: the action receives what the API would (numbers, ISO strings) and parses it again.
  const form = useForm<Values>({ resolver: zodResolver(updateLicenseKeyBody, undefined, { raw: true }), defaultValues: current });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await updateLicenseKeyAction(orgSlug, licenseKeyId, values);
    if (!result.ok) return applyActionErrors(result.errors, form.setError, FIELDS);
    setIsOpen(false);
    toast({ title: "License key updated" });
  });

  return (
    <Dialog
      open={isOpen}
      onOpenChange={(open) => {
        setIsOpen(open);
        if (open) form.reset(current);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary">Edit limits</Button>
      </DialogTrigger>
      <DialogContent title="Edit limits and expiry" description="Changes apply to the next validation or activation. Leave a limit empty for no limit.">
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <FormError message={errors.root?.server?.message} />
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField label="Activation limit" error={errors.limit_activations?.message} hint={`1–${MAX_ACTIVATION_LIMIT} machines, or empty.`}>
              <Input inputMode="numeric" autoComplete="off" {...form.register("limit_activations", { setValueAs: asLimit })} />
            </FormField>
            <FormField label="Usage limit" error={errors.limit_usage?.message} hint="Uses counted by validations, or empty.">
              <Input inputMode="numeric" autoComplete="off" {...form.register("limit_usage", { setValueAs: asLimit })} />
            </FormField>
          </div>
          <FormField label="Usage" error={errors.usage?.message} hint="Set it to 0 to give the customer their uses back.">
            <Input inputMode="numeric" autoComplete="off" {...form.register("usage", { setValueAs: asCount })} />
          </FormField>
          <Controller
            control={form.control}
            name="expires_at"
            render={({ field }) => (
              <FormField label="Expires (UTC)" error={errors.expires_at?.message} hint="Empty: the key never expires.">
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
              Save
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
