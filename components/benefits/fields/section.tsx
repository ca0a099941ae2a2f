import type { ReactNode } from "react";

/** A titled group of inputs inside the benefit form (a fieldset, so its legend names the group). */
export function Section({ legend, description, error, children }: { legend: string; description?: ReactNode; error?: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-3 rounded-md border border-gray-200 p-4">
      <legend className="px-1 text-sm font-semibold text-gray-900">{legend}</legend>
      {description && <p className="-mt-1 text-xs text-gray-600">{description}</p>}
      {error && (
        <p role="alert" className="text-xs font-medium text-red-600">
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}
