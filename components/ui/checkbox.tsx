"use client";

import { useId, type ComponentProps, type ReactNode } from "react";
import { cn } from "./cn";

/**
 * A native checkbox with its label (and an optional hint) to the right, so clicking the text
 * toggles it and `getByLabel(label)` finds it. Works with react-hook-form's `register`.
 */
export function Checkbox({
  label,
  hint,
  className,
  id,
  ...props
}: Omit<ComponentProps<"input">, "type"> & { label: ReactNode; hint?: ReactNode }) {
  const fallbackId = useId();
  const inputId = id ?? fallbackId;
  const hintId = hint ? `${inputId}-hint` : undefined;
  return (
    <div className={cn("flex items-start gap-2", className)}>
      <input
        id={inputId}
        type="checkbox"
        aria-describedby={hintId}
        className="mt-0.5 size-4 shrink-0 rounded border-gray-300 accent-brand-600 disabled:opacity-50"
        {...props}
      />
      <div className="text-sm leading-5">
        <label htmlFor={inputId} className={cn("font-medium text-gray-800", props.disabled && "text-gray-500")}>
          {label}
        </label>
        {hint && (
          <p id={hintId} className="text-xs text-gray-500">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
