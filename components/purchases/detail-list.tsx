import type { ReactNode } from "react";

/** A two-column list of labelled facts, for the subscription and order pages. */
export function DetailList({ items }: { items: [label: string, value: ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt className="text-xs font-medium tracking-wide text-gray-500 uppercase">{label}</dt>
          <dd className="mt-0.5 text-sm break-words text-gray-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
