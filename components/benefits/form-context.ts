"use client";

import { get, useFormContext, useFormState } from "react-hook-form";
import type { BenefitFormValues, BenefitPayload } from "./benefit-form-values";

/** The benefit form, for the per-type field components rendered inside its FormProvider. */
export function useBenefitForm() {
  return useFormContext<BenefitFormValues, unknown, BenefitPayload>();
}

/** The message of the error at a dotted path (client check or server), if any. */
export function useFieldError(path: string): string | undefined {
  const { errors } = useFormState<BenefitFormValues>();
  const error = get(errors, path) as { message?: string; root?: { message?: string } } | undefined;
  return error?.message ?? error?.root?.message;
}
