"use client";

import { useRouter } from "next/navigation";
import { Controller, useFieldArray, useForm, type Path } from "react-hook-form";
import { createMeterAction, updateMeterAction } from "@/app/dashboard/[org]/meters/actions";
import {
  emptyClause,
  formFieldOf,
  formValueErrors,
  meterBodyFromValues,
  type MeterFormValues,
} from "@/components/meters/meter-form-values";
import { applyActionErrors } from "@/components/ui/action-errors";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useToast } from "@/components/ui/toast";

const OPERATORS = [
  { value: "eq", label: "equals" },
  { value: "ne", label: "does not equal" },
  { value: "gt", label: "is greater than" },
  { value: "gte", label: "is at least" },
  { value: "lt", label: "is less than" },
  { value: "lte", label: "is at most" },
  { value: "like", label: "contains" },
  { value: "not_like", label: "does not contain" },
];
const VALUE_TYPES = [
  { value: "text", label: "Text" },
  { value: "number", label: "Number" },
  { value: "boolean", label: "Yes/No" },
];

type Props =
  | { orgSlug: string; mode: "create"; initial: MeterFormValues }
  | { orgSlug: string; mode: "edit"; meterId: string; initial: MeterFormValues; isFilterEditable: boolean };

/**
 * Create or edit a meter: which events it counts (clauses on the event name or a metadata field,
 * all or any of them) and how (count them, or add up / take the largest of a numeric field).
 * A meter whose filter nests groups (made through the API) keeps its filter; the rest is editable.
 */
export function MeterForm(props: Props) {
  const router = useRouter();
  const toast = useToast();
  const isFilterEditable = props.mode === "create" || props.isFilterEditable;
  const form = useForm<MeterFormValues>({ defaultValues: props.initial });
  const clauses = useFieldArray({ control: form.control, name: "clauses" });
  const { errors, isSubmitting } = form.formState;
  const func = form.watch("func");

  const onSubmit = form.handleSubmit(async (values) => {
    const invalid = isFilterEditable ? formValueErrors(values) : formValueErrors({ ...values, clauses: [] });
    if (Object.keys(invalid).length > 0) return applyActionErrors(invalid, form.setError, (key) => key as Path<MeterFormValues>);
    const body = meterBodyFromValues(values);
    const input = isFilterEditable ? body : { name: body.name, aggregation: body.aggregation };
    const result = props.mode === "create" ? await createMeterAction(props.orgSlug, input) : await updateMeterAction(props.orgSlug, props.meterId, input);
    if (!result.ok) return applyActionErrors(result.errors, form.setError, (key) => formFieldOf(key) as Path<MeterFormValues> | null);
    toast({ title: props.mode === "create" ? "Meter created" : "Meter saved" });
    if (props.mode === "create" && result.data) router.push(`/dashboard/${props.orgSlug}/meters/${result.data.id}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormError message={errors.root?.server?.message} />
      <FormField label="Name" error={errors.name?.message} hint="Shown to customers next to their balance." className="max-w-md">
        <Input {...form.register("name")} placeholder="API calls" autoComplete="off" />
      </FormField>

      <fieldset className="space-y-3" disabled={!isFilterEditable}>
        <legend className="text-sm font-medium text-gray-800">Events counted</legend>
        {!isFilterEditable && <p className="text-xs text-gray-500">This meter&apos;s filter has nested groups; edit it through the API.</p>}
        <Controller
          control={form.control}
          name="conjunction"
          render={({ field }) => (
            <FormField label="Match" error={errors.conjunction?.message} className="max-w-xs">
              <Select value={field.value} onValueChange={field.onChange} options={[{ value: "and", label: "All of these" }, { value: "or", label: "Any of these" }]} />
            </FormField>
          )}
        />
        <ul className="space-y-3">
          {clauses.fields.map((clause, i) => {
            const fieldErrors = errors.clauses?.[i];
            const isMetadata = form.watch(`clauses.${i}.field`) === "metadata";
            return (
              <li key={clause.id} className="grid gap-2 rounded-md bg-gray-50 p-3 ring-1 ring-gray-200 sm:grid-cols-[8rem_1fr_10rem_1fr_6rem_auto] sm:items-end">
                <Controller
                  control={form.control}
                  name={`clauses.${i}.field`}
                  render={({ field }) => (
                    <FormField label="Field">
                      <Select value={field.value} onValueChange={field.onChange} options={[{ value: "name", label: "Event name" }, { value: "metadata", label: "Metadata" }]} />
                    </FormField>
                  )}
                />
                <FormField label="Metadata key" error={fieldErrors?.key?.message}>
                  <Input {...form.register(`clauses.${i}.key`)} disabled={!isMetadata || !isFilterEditable} placeholder={isMetadata ? "model" : "—"} autoComplete="off" />
                </FormField>
                <Controller
                  control={form.control}
                  name={`clauses.${i}.operator`}
                  render={({ field }) => (
                    <FormField label="Operator" error={fieldErrors?.operator?.message}>
                      <Select value={field.value} onValueChange={field.onChange} options={OPERATORS} />
                    </FormField>
                  )}
                />
                <FormField label="Value" error={fieldErrors?.value?.message}>
                  <Input {...form.register(`clauses.${i}.value`)} autoComplete="off" placeholder="api.call" />
                </FormField>
                <Controller
                  control={form.control}
                  name={`clauses.${i}.valueType`}
                  render={({ field }) => (
                    <FormField label="Type">
                      <Select value={field.value} onValueChange={field.onChange} options={VALUE_TYPES} />
                    </FormField>
                  )}
                />
                <Button type="button" variant="ghost" size="sm" onClick={() => clauses.remove(i)} aria-label={`Remove condition ${i + 1}`}>
                  Remove
                </Button>
              </li>
            );
          })}
        </ul>
        <Button type="button" variant="secondary" size="sm" onClick={() => clauses.append(emptyClause)}>
          Add condition
        </Button>
        {clauses.fields.length === 0 && <p className="text-xs text-gray-500">No conditions: every event counts.</p>}
      </fieldset>

      <div className="grid max-w-xl gap-4 sm:grid-cols-2">
        <Controller
          control={form.control}
          name="func"
          render={({ field }) => (
            <FormField label="Aggregation" error={errors.func?.message}>
              <Select
                value={field.value}
                onValueChange={field.onChange}
                options={[
                  { value: "count", label: "Count events" },
                  { value: "sum", label: "Sum of a field" },
                  { value: "max", label: "Largest value of a field" },
                ]}
              />
            </FormField>
          )}
        />
        {func !== "count" && (
          <FormField label="Numeric metadata field" error={errors.property?.message} hint="Events without a number there add nothing.">
            <Input {...form.register("property")} placeholder="tokens" autoComplete="off" />
          </FormField>
        )}
      </div>

      <div className="flex justify-end">
        <Button type="submit" isLoading={isSubmitting}>
          {props.mode === "create" ? "Create meter" : "Save meter"}
        </Button>
      </div>
    </form>
  );
}
