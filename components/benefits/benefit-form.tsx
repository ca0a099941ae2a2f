"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { FormProvider, useForm, type Path } from "react-hook-form";
import { applyActionErrors } from "@/components/ui/action-errors";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/api/action-result";
import type { BenefitType } from "@/lib/generated/prisma/enums";
import { benefitResolver, formErrorPath } from "./benefit-form-resolver";
import type { BenefitFormValues, BenefitPayload } from "./benefit-form-values";
import { CustomFields } from "./fields/custom-fields";
import { DiscordFields } from "./fields/discord-fields";
import { DownloadablesFields, type OrgFile } from "./fields/downloadables-fields";
import { GitHubRepositoryFields } from "./fields/github-repository-fields";
import { LicenseKeysFields } from "./fields/license-keys-fields";
import { MeterCreditFields, type OrgMeter } from "./fields/meter-credit-fields";

export type SaveBenefitAction = (payload: BenefitPayload) => Promise<ActionResult<{ id: string }>>;

function TypeFields({ type, files, meters, organizationId }: { type: BenefitType; files: OrgFile[]; meters: OrgMeter[]; organizationId: string }) {
  switch (type) {
    case "license_keys":
      return <LicenseKeysFields />;
    case "github_repository":
      return <GitHubRepositoryFields />;
    case "discord":
      return <DiscordFields />;
    case "downloadables":
      return <DownloadablesFields files={files} organizationId={organizationId} />;
    case "meter_credit":
      return <MeterCreditFields meters={meters} />;
    case "custom":
      return <CustomFields />;
  }
}

/** Create or edit one benefit of a fixed type. The server action re-validates everything. */
export function BenefitForm({
  orgSlug,
  organizationId,
  type,
  mode,
  defaultValues,
  files,
  meters,
  action,
}: {
  orgSlug: string;
  /** For uploads from the downloadables fields (the files API's Polar-Organization header). */
  organizationId: string;
  type: BenefitType;
  mode: "create" | "edit";
  defaultValues: BenefitFormValues;
  files: OrgFile[];
  meters: OrgMeter[];
  action: SaveBenefitAction;
}) {
  const router = useRouter();
  const toast = useToast();
  const resolver = useMemo(() => benefitResolver(type), [type]);
  const form = useForm<BenefitFormValues, unknown, BenefitPayload>({ resolver, defaultValues });
  const { errors, isSubmitting, isDirty } = form.formState;
  const listHref = `/dashboard/${orgSlug}/benefits`;
  const isBlocked = type === "meter_credit" && meters.length === 0;

  function showServerErrors(fieldErrors: Record<string, string>) {
    applyActionErrors(fieldErrors, form.setError, (key) => formErrorPath(type, key, form.getValues()) as Path<BenefitFormValues> | null);
  }

  const onSubmit = form.handleSubmit(async (payload) => {
    const result = await action(payload);
    if (!result.ok) return showServerErrors(result.errors);
    if (mode === "create") {
      toast({ title: "Benefit created", description: payload.description });
      router.push(listHref);
    } else {
      toast({ title: "Changes saved", description: "Customers who already have this benefit get the new configuration." });
      form.reset(form.getValues());
    }
  });

  const topError = errors.root?.server?.message ?? errors.root?.client?.message;
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        {topError && (
          <div role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 ring-1 ring-red-600/20">
            {topError}
          </div>
        )}
        <FormField
          label="Description"
          error={errors.description?.message}
          hint="What customers see, e.g. “Software license” or “Access to the private repo”. 3 to 42 characters."
          className="max-w-md"
        >
          <Input {...form.register("description")} autoComplete="off" />
        </FormField>
        <TypeFields type={type} files={files} meters={meters} organizationId={organizationId} />
        <div className="flex items-center gap-3 border-t border-gray-100 pt-5">
          <Button type="submit" isLoading={isSubmitting} disabled={isBlocked || (mode === "edit" && !isDirty)}>
            {mode === "create" ? "Create benefit" : "Save changes"}
          </Button>
          <Button asChild variant="ghost">
            <Link href={listHref}>{mode === "create" ? "Cancel" : "Back to benefits"}</Link>
          </Button>
          <span aria-live="polite" className="text-sm text-gray-500">
            {isSubmitting ? "Saving…" : ""}
          </span>
        </div>
      </form>
    </FormProvider>
  );
}
