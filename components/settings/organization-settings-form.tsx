"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Controller, useForm } from "react-hook-form";
import { updateOrganizationAction } from "@/app/dashboard/[org]/settings/actions";
import { applyActionErrors } from "@/components/ui/action-errors";
import { FormError } from "@/components/ui/form-error";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useToast } from "@/components/ui/toast";
import { PAST_DUE_GRACE_DAYS, updateOrganizationInput, type UpdateOrganizationInput } from "@/lib/organizations/update-organization";

const GRACE_OPTIONS = PAST_DUE_GRACE_DAYS.map((days) => ({
  value: String(days),
  label: days === 0 ? "None: benefits are revoked as soon as a payment fails" : `${days} days`,
}));

export function OrganizationSettingsForm({
  organization,
  defaultValues,
  canManage,
}: {
  organization: { id: string; slug: string };
  defaultValues: UpdateOrganizationInput;
  canManage: boolean;
}) {
  const toast = useToast();
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm({ resolver: zodResolver(updateOrganizationInput), defaultValues });

  const onSubmit = handleSubmit(async (values) => {
    const result = await updateOrganizationAction(organization.slug, values);
    if (!result.ok) return applyActionErrors(result.errors, setError, ["name", "pastDueGraceDays"]);
    reset(values);
    toast({ title: "Settings saved" });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {!canManage && (
        <p className="rounded-md bg-gray-50 px-3 py-2 text-sm text-gray-700 ring-1 ring-gray-200 ring-inset">
          Only owners and admins can change these settings.
        </p>
      )}
      <FormError message={errors.root?.server?.message} />
      <FormField label="Name" error={errors.name?.message}>
        <Input disabled={!canManage} {...register("name")} />
      </FormField>
      <FormField label="Slug" hint="Part of every dashboard address, so it cannot be changed.">
        <Input value={organization.slug} readOnly disabled />
      </FormField>
      <FormField label="Organization ID" hint="License-checking apps send this as organization_id.">
        <Input value={organization.id} readOnly className="font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
      </FormField>
      <Controller
        control={control}
        name="pastDueGraceDays"
        render={({ field }) => (
          <FormField
            label="Past-due grace period"
            hint="How long a past-due subscription keeps its benefits while the customer fixes their payment."
            error={errors.pastDueGraceDays?.message}
          >
            <Select
              name={field.name}
              value={String(field.value)}
              onValueChange={(v) => field.onChange(Number(v))}
              options={GRACE_OPTIONS}
              disabled={!canManage}
            />
          </FormField>
        )}
      />
      {canManage && (
        <div className="flex justify-end">
          <Button type="submit" isLoading={isSubmitting} disabled={!isDirty}>
            {isSubmitting ? "Saving…" : "Save changes"}
          </Button>
        </div>
      )}
    </form>
  );
}
