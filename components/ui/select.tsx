"use client";

import * as SelectPrimitive from "@radix-ui/react-select";
import { cn } from "./cn";

export type SelectOption = { value: string; label: string; disabled?: boolean };

/** A Radix select with our styles. `id`/aria props land on the trigger, so FormField can label it. */
export function Select({
  value,
  onValueChange,
  options,
  placeholder,
  id,
  name,
  disabled,
  className,
  ...aria
}: {
  value?: string;
  onValueChange: (value: string) => void;
  options: SelectOption[];
  placeholder?: string;
  id?: string;
  name?: string;
  disabled?: boolean;
  className?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
  "aria-label"?: string;
}) {
  return (
    <SelectPrimitive.Root value={value} onValueChange={onValueChange} name={name} disabled={disabled}>
      <SelectPrimitive.Trigger
        id={id}
        {...aria}
        className={cn(
          "flex h-9 w-full items-center justify-between rounded-md bg-white px-3 text-sm shadow-xs ring-1 ring-inset ring-gray-300",
          "focus:ring-2 focus:ring-brand-600 focus:outline-none aria-[invalid=true]:ring-red-500 data-[placeholder]:text-gray-400",
          className,
        )}
      >
        <SelectPrimitive.Value placeholder={placeholder} />
        <SelectPrimitive.Icon className="ml-2 text-gray-400" aria-hidden>
          ▾
        </SelectPrimitive.Icon>
      </SelectPrimitive.Trigger>
      <SelectPrimitive.Portal>
        <SelectPrimitive.Content position="popper" sideOffset={4} className="z-50 min-w-[var(--radix-select-trigger-width)] rounded-md bg-white p-1 shadow-lg ring-1 ring-gray-200">
          <SelectPrimitive.Viewport>
            {options.map((o) => (
              <SelectPrimitive.Item
                key={o.value}
                value={o.value}
                disabled={o.disabled}
                className="cursor-default rounded px-2 py-1.5 text-sm outline-none select-none data-[disabled]:opacity-50 data-[highlighted]:bg-brand-50 data-[state=checked]:font-semibold"
              >
                <SelectPrimitive.ItemText>{o.label}</SelectPrimitive.ItemText>
              </SelectPrimitive.Item>
            ))}
          </SelectPrimitive.Viewport>
        </SelectPrimitive.Content>
      </SelectPrimitive.Portal>
    </SelectPrimitive.Root>
  );
}
