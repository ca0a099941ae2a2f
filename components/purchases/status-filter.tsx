import Link from "next/link";
import { cn } from "@/components/ui/cn";

/**
 * Status filter chips as links (the list is rendered on the server): "All" plus one per status.
 * `href(null)` is the unfiltered list.
 */
export function StatusFilter<S extends string>({
  label,
  options,
  current,
  href,
}: {
  label: string;
  options: readonly { value: S; label: string }[];
  current: S | null;
  href: (status: S | null) => string;
}) {
  const chip = (isCurrent: boolean) =>
    cn(
      "rounded-full px-3 py-1 text-sm font-medium ring-1 ring-inset",
      isCurrent ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-gray-700 ring-gray-300 hover:bg-gray-50",
    );
  return (
    <nav aria-label={label} className="mb-4 flex flex-wrap gap-2">
      <Link href={href(null)} className={chip(current === null)} aria-current={current === null ? "page" : undefined}>
        All
      </Link>
      {options.map((o) => (
        <Link key={o.value} href={href(o.value)} className={chip(current === o.value)} aria-current={current === o.value ? "page" : undefined}>
          {o.label}
        </Link>
      ))}
    </nav>
  );
}
