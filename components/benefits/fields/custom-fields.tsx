"use client";

import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/input";
import { useBenefitForm, useFieldError } from "../form-context";

export function CustomFields() {
  const { register } = useBenefitForm();
  const error = useFieldError("properties.note");
  return (
    <FormField
      label="Note for customers"
      error={error}
      hint="Shown to the customer in their portal once granted: a booking link, a support address, instructions. Markdown is supported."
    >
      <Textarea {...register("properties.note")} rows={6} placeholder="Email support@example.com with your order ID for priority support." />
    </FormField>
  );
}
