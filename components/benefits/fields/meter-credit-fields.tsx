"use client";

import { Controller } from "react-hook-form";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useBenefitForm, useFieldError } from "../form-context";

export type OrgMeter = { id: string; name: string };

export function MeterCreditFields({ meters }: { meters: OrgMeter[] }) {
  const { register, control } = useBenefitForm();
  const meterError = useFieldError("properties.meter_id");
  const unitsError = useFieldError("properties.units");
  const thresholdError = useFieldError("properties.low_balance_threshold");
  if (meters.length === 0) {
    return (
      <p role="note" className="rounded-md bg-yellow-50 px-3 py-2 text-sm text-yellow-800 ring-1 ring-yellow-600/20">
        Your organization has no meters yet. Meter credits add units to a customer&apos;s balance on a meter, and meters arrive
        with the meters feature. Create a meter first, then come back.
      </p>
    );
  }
  return (
    <>
      <Controller
        control={control}
        name="properties.meter_id"
        render={({ field }) => (
          <FormField label="Meter" error={meterError} hint="The usage meter these credits are added to." className="max-w-md">
            <Select
              value={field.value || undefined}
              onValueChange={field.onChange}
              placeholder="Choose a meter"
              options={meters.map((m) => ({ value: m.id, label: m.name }))}
            />
          </FormField>
        )}
      />
      <FormField label="Units credited" error={unitsError} hint="Added to the customer's balance when granted, and again on every renewal." className="max-w-xs">
        <Input {...register("properties.units")} inputMode="numeric" placeholder="10,000" />
      </FormField>
      <FormField
        label="Low-balance alert below"
        error={thresholdError}
        hint="Optional. When usage takes the balance below this, a customer_meter.balance_low webhook is sent once and the portal shows a notice."
        className="max-w-xs"
      >
        <Input {...register("properties.low_balance_threshold")} inputMode="numeric" placeholder="1,000" />
      </FormField>
      <Checkbox
        {...register("properties.rollover")}
        label="Roll over unused credits"
        hint="Unused credits carry into the next billing period instead of being reset."
      />
    </>
  );
}
