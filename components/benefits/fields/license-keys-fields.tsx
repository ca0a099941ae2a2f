"use client";

import { Controller, useWatch } from "react-hook-form";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useBenefitForm, useFieldError } from "../form-context";
import { Section } from "./section";

const TIMEFRAMES = [
  { value: "year", label: "Years" },
  { value: "month", label: "Months" },
  { value: "day", label: "Days" },
];

export function LicenseKeysFields() {
  const { register, control } = useBenefitForm();
  const expiresMode = useWatch({ control, name: "properties.expires.mode" });
  const activationLimit = useWatch({ control, name: "properties.activations.limit" });
  const prefix = useWatch({ control, name: "properties.prefix" });
  const errors = {
    prefix: useFieldError("properties.prefix"),
    ttl: useFieldError("properties.expires.ttl"),
    timeframe: useFieldError("properties.expires.timeframe"),
    limit: useFieldError("properties.activations.limit"),
    usage: useFieldError("properties.limit_usage"),
  };
  const example = `${prefix.trim() ? `${prefix.trim().toUpperCase()}-` : ""}XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX`;

  return (
    <>
      <FormField label="Key prefix" error={errors.prefix} hint={`Optional. Keys will look like ${example}. Letters, digits, “-” and “_”.`}>
        <Input {...register("properties.prefix")} placeholder="MYAPP" autoComplete="off" className="max-w-xs" />
      </FormField>

      <Section legend="Expiry" description="Counted from the moment the key is granted.">
        <div className="flex flex-col gap-2 sm:flex-row sm:gap-6">
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" value="never" {...register("properties.expires.mode")} className="accent-brand-600" />
            Never expires
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" value="ttl" {...register("properties.expires.mode")} className="accent-brand-600" />
            Expires after a period
          </label>
        </div>
        {expiresMode === "ttl" && (
          <div className="flex flex-wrap gap-3">
            <FormField label="Expires after" error={errors.ttl} className="w-40">
              <Input type="number" min={1} inputMode="numeric" {...register("properties.expires.ttl")} />
            </FormField>
            <Controller
              control={control}
              name="properties.expires.timeframe"
              render={({ field }) => (
                <FormField label="Unit" error={errors.timeframe} className="w-36">
                  <Select value={field.value} onValueChange={field.onChange} options={TIMEFRAMES} />
                </FormField>
              )}
            />
          </div>
        )}
      </Section>

      <Section legend="Activations" description="How many devices or installations one key can be activated on.">
        <FormField label="Activation limit" error={errors.limit} hint="Leave empty for unlimited activations." className="max-w-xs">
          <Input type="number" min={1} max={50} inputMode="numeric" placeholder="Unlimited" {...register("properties.activations.limit")} />
        </FormField>
        <Checkbox
          {...register("properties.activations.enable_customer_admin")}
          disabled={activationLimit.trim() === ""}
          label="Customers can manage their activations"
          hint="Lets customers deactivate a device from their portal to free a slot. Applies when there is a limit."
        />
      </Section>

      <FormField label="Usage limit" error={errors.usage} hint="How many times a key can be used in total. Leave empty for unlimited." className="max-w-xs">
        <Input type="number" min={1} inputMode="numeric" placeholder="Unlimited" {...register("properties.limit_usage")} />
      </FormField>
    </>
  );
}
