"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useParams } from "next/navigation";
import { Controller, useFieldArray } from "react-hook-form";
import { listGitHubRepositoriesAction } from "@/app/dashboard/[org]/integrations/actions";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
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

type Repo = { owner: string; name: string; full_name: string; can_administer: boolean };

/** One repository: a picker of the repositories Benefactor reaches (free text when GitHub is not connected), and its permission. */
function RepositoryRow({ index, count, repos, onRemove }: { index: number; count: number; repos: Repo[] | null; onRemove: () => void }) {
  const { register, control, watch, setValue } = useBenefitForm();
  const base = `properties.repositories.${index}` as const;
  const errors = {
    repo: useFieldError(base),
    owner: useFieldError(`${base}.owner`),
    name: useFieldError(`${base}.name`),
    permission: useFieldError(`${base}.permission`),
  };
  const which = count > 1 ? <span className="sr-only"> (repository {index + 1})</span> : null;
  const current = `${watch(`${base}.owner`)}/${watch(`${base}.name`)}`;
  const options: SelectOption[] = (repos ?? []).map((r) => ({
    value: r.full_name,
    label: r.can_administer ? r.full_name : `${r.full_name} — Benefactor cannot administer it`,
    disabled: !r.can_administer,
  }));
  // A stored repository Benefactor no longer reaches stays visible, so the edit form does not silently drop it.
  if (repos && current !== "/" && !repos.some((r) => r.full_name.toLowerCase() === current.toLowerCase())) {
    options.unshift({ value: current, label: `${current} — not reachable any more`, disabled: true });
  }
  return (
    <div className={`grid items-start gap-3 ${repos ? "sm:grid-cols-[2fr_11rem_auto]" : "sm:grid-cols-[1fr_1fr_11rem_auto]"}`}>
      {repos ? (
        <FormField label={<>Repository{which}</>} error={errors.repo ?? errors.owner ?? errors.name}>
          <Select
            value={current === "/" ? undefined : options.find((o) => o.value.toLowerCase() === current.toLowerCase())?.value}
            onValueChange={(v) => {
              const repo = repos.find((r) => r.full_name === v);
              if (!repo) return;
              setValue(`${base}.owner`, repo.owner, { shouldDirty: true, shouldValidate: true });
              setValue(`${base}.name`, repo.name, { shouldDirty: true, shouldValidate: true });
            }}
            options={options}
            placeholder="Pick a repository"
          />
        </FormField>
      ) : (
        <>
          <FormField label={<>Owner{which}</>} error={errors.owner}>
            <Input {...register(`${base}.owner`)} placeholder="my-org" autoComplete="off" />
          </FormField>
          <FormField label={<>Repository name{which}</>} error={errors.name ?? errors.repo}>
            <Input {...register(`${base}.name`)} placeholder="private-repo" autoComplete="off" />
          </FormField>
        </>
      )}
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
  const slug = String(useParams<{ org: string }>().org);
  const { fields, append, remove } = useFieldArray({ control, name: "properties.repositories" });
  const listError = useFieldError("properties.repositories");
  const query = useQuery({ queryKey: ["github-repositories", slug], queryFn: () => listGitHubRepositoriesAction(slug) });
  const result = query.data?.ok ? query.data.data : null;
  const repos = result?.isConnected && result.items.length > 0 ? result.items : null;
  return (
    <Section
      legend="Repositories"
      description="Customers connect their GitHub account in the portal and are invited to each repository with the permission you choose. Access is removed on revoke."
      error={listError}
    >
      {query.isLoading && <p className="text-sm text-gray-600">Loading your repositories…</p>}
      {result && !repos && (
        <p className="text-sm text-gray-600">
          {result.isConnected ? "Benefactor reaches no repository yet." : "GitHub is not connected yet."}{" "}
          <Link className="font-medium text-brand-700 hover:underline" href={`/dashboard/${slug}/integrations`}>
            Connect GitHub
          </Link>{" "}
          to pick from your repositories; grants fail with “integration not configured” until then.
        </p>
      )}
      {result?.errors.map((e) => (
        <p key={e.integration_id} role="alert" className="text-sm text-red-700">
          {e.name}: {e.error}
        </p>
      ))}
      {!query.isLoading &&
        fields.map((field, index) => <RepositoryRow key={field.id} index={index} count={fields.length} repos={repos} onRemove={() => remove(index)} />)}
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
