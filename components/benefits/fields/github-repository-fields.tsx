"use client";

import { Controller, useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useBenefitForm, useFieldError } from "../form-context";
import { Section } from "./section";

const PERMISSIONS = [
  { value: "pull", label: "Read (pull)" },
  { value: "triage", label: "Triage" },
  { value: "push", label: "Write (push)" },
  { value: "maintain", label: "Maintain" },
  { value: "admin", label: "Admin" },
];

const MAX_REPOSITORIES = 20;

function RepositoryRow({ index, count, onRemove }: { index: number; count: number; onRemove: () => void }) {
  const { register, control } = useBenefitForm();
  const base = `properties.repositories.${index}` as const;
  const errors = {
    owner: useFieldError(`${base}.owner`),
    name: useFieldError(`${base}.name`),
    permission: useFieldError(`${base}.permission`),
  };
  const which = count > 1 ? <span className="sr-only"> (repository {index + 1})</span> : null;
  return (
    <div className="grid items-start gap-3 sm:grid-cols-[1fr_1fr_11rem_auto]">
      <FormField label={<>Owner{which}</>} error={errors.owner}>
        <Input {...register(`${base}.owner`)} placeholder="my-org" autoComplete="off" />
      </FormField>
      <FormField label={<>Repository name{which}</>} error={errors.name}>
        <Input {...register(`${base}.name`)} placeholder="private-repo" autoComplete="off" />
      </FormField>
      <Controller
        control={control}
        name={`${base}.permission`}
        render={({ field }) => (
          <FormField label={<>Permission{which}</>} error={errors.permission}>
            <Select value={field.value} onValueChange={field.onChange} options={PERMISSIONS} />
          </FormField>
        )}
      />
      <div className="sm:pt-6">
        <Button type="button" variant="ghost" onClick={onRemove} disabled={count === 1} aria-label={`Remove repository ${index + 1}`}>
          Remove
        </Button>
      </div>
    </div>
  );
}

export function GitHubRepositoryFields() {
  const { control } = useBenefitForm();
  const { fields, append, remove } = useFieldArray({ control, name: "properties.repositories" });
  const listError = useFieldError("properties.repositories");
  return (
    <Section
      legend="Repositories"
      description="Customers connect their GitHub account in the portal and are invited to each repository with the permission you choose. Access is removed on revoke."
      error={listError}
    >
      {fields.map((field, index) => (
        <RepositoryRow key={field.id} index={index} count={fields.length} onRemove={() => remove(index)} />
      ))}
      <Button
        type="button"
        variant="secondary"
        size="sm"
        disabled={fields.length >= MAX_REPOSITORIES}
        onClick={() => append({ owner: "", name: "", permission: "pull" })}
      >
        + Add repository
      </Button>
    </Section>
  );
}
