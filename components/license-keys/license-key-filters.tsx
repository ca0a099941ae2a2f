"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { licenseKeysHref, type LicenseKeyListFilters } from "@/components/license-keys/license-key-format";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

// Radix Select has no empty value: this one stands for "every benefit".
const ALL = "all";

/**
 * The search box (customer email or the end of the key) and the benefit picker. Both live in
 * the URL, so the server renders the filtered list and a link can be shared.
 */
export function LicenseKeyFilters({
  base,
  current,
  benefits,
}: {
  base: string;
  current: LicenseKeyListFilters;
  benefits: { id: string; description: string }[];
}) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [search, setSearch] = useState(current.q ?? "");
  const lastSent = useRef(current.q ?? "");

  // Search once typing pauses; page 1 of the new results.
  useEffect(() => {
    const q = search.trim();
    if (q === lastSent.current) return;
    const timer = setTimeout(() => {
      lastSent.current = q;
      startTransition(() => router.replace(licenseKeysHref(base, current, { q: q || null, page: 1 })));
    }, 300);
    return () => clearTimeout(timer);
  }, [search, base, current, router]);

  return (
    <form role="search" onSubmit={(e) => e.preventDefault()} className="mb-4 flex flex-wrap items-end gap-3">
      <FormField label="Search license keys" className="w-full max-w-sm">
        <Input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Customer email or last characters of the key" />
      </FormField>
      {benefits.length > 1 && (
        <FormField label="Benefit" className="w-64">
          <Select
            value={current.benefitId ?? ALL}
            onValueChange={(value) =>
              startTransition(() => router.push(licenseKeysHref(base, current, { benefitId: value === ALL ? null : value, page: 1 })))
            }
            options={[{ value: ALL, label: "All benefits" }, ...benefits.map((b) => ({ value: b.id, label: b.description }))]}
          />
        </FormField>
      )}
      <p aria-live="polite" className="pb-2 text-sm text-gray-500">
        {isPending ? "Loading…" : ""}
      </p>
    </form>
  );
}
