"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { EmptyState } from "@/components/ui/misc";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { CustomerResponse } from "@/lib/customers/serialize-customer";

export type CustomerPage = { items: CustomerResponse[]; pagination: { total_count: number; max_page: number } };

const PAGE_SIZE = 25;

/** GET /v1/customers/ as the signed-in merchant; the header picks the organization. */
async function fetchCustomers(organizationId: string, query: string, page: number): Promise<CustomerPage> {
  const params = new URLSearchParams({ page: String(page), limit: String(PAGE_SIZE), sorting: "-created_at" });
  if (query) params.set("query", query);
  const res = await fetch(`/v1/customers/?${params}`, { headers: { "Polar-Organization": organizationId } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { detail?: unknown } | null;
    throw new Error(typeof body?.detail === "string" ? body.detail : `Could not load customers (${res.status})`);
  }
  return res.json() as Promise<CustomerPage>;
}

/** Waits until typing pauses before searching. */
function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium" });

export function CustomersTable({
  organizationId,
  orgSlug,
  initialPage,
  createButton,
}: {
  organizationId: string;
  orgSlug: string;
  /** The first page without a search, rendered on the server so the table shows at once. */
  initialPage: CustomerPage;
  createButton: ReactNode;
}) {
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(1);
  const query = useDebounced(search.trim(), 250);
  const isInitial = query === "" && page === 1;
  const { data, error, isFetching, isPlaceholderData } = useQuery({
    queryKey: ["customers", organizationId, query, page],
    queryFn: () => fetchCustomers(organizationId, query, page),
    initialData: isInitial ? initialPage : undefined,
    placeholderData: keepPreviousData,
  });

  const hasNoCustomers = initialPage.pagination.total_count === 0 && query === "" && (data?.pagination.total_count ?? 0) === 0;
  if (hasNoCustomers) {
    return (
      <EmptyState
        title="No customers yet"
        description="Customers appear here when your billing system creates them through the API (POST /v1/customers/) or records a purchase. You can also add one by hand."
        action={createButton}
      />
    );
  }

  const total = data?.pagination.total_count ?? 0;
  const maxPage = Math.max(1, data?.pagination.max_page ?? 1);
  const base = `/dashboard/${orgSlug}/customers`;
  return (
    <div className="space-y-4">
      <form role="search" onSubmit={(e) => e.preventDefault()} className="flex items-end gap-3">
        <FormField label="Search customers" className="w-full max-w-md">
          <Input
            type="search"
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setPage(1);
            }}
            placeholder="Email, name or external ID"
          />
        </FormField>
        <p aria-live="polite" className="pb-2 text-sm text-gray-500">
          {isFetching ? "Searching…" : query ? `${total} ${total === 1 ? "match" : "matches"}` : ""}
        </p>
      </form>
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 ring-1 ring-red-600/20">
          {error.message}
        </p>
      ) : data && data.items.length === 0 ? (
        <EmptyState title="No customers match" description={`Nobody's email, name or external ID contains “${query}”. Check the spelling or search for less.`} />
      ) : (
        <Table aria-busy={isPlaceholderData || undefined} className={isPlaceholderData ? "opacity-60" : undefined}>
          <thead>
            <tr>
              <Th>Email</Th>
              <Th>Name</Th>
              <Th>External ID</Th>
              <Th>Created</Th>
            </tr>
          </thead>
          <tbody>
            {data?.items.map((c) => (
              <Tr key={c.id}>
                <Td className="font-medium">
                  <Link href={`${base}/${c.id}`} className="text-brand-700 hover:underline">
                    {c.email}
                  </Link>
                </Td>
                <Td>{c.name ?? <span className="text-gray-400">—</span>}</Td>
                <Td className="font-mono text-xs">{c.external_id ?? <span className="font-sans text-gray-400">—</span>}</Td>
                <Td className="whitespace-nowrap text-gray-600">{dateFormat.format(new Date(c.created_at))}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
      {maxPage > 1 && (
        <nav aria-label="Pagination" className="flex items-center justify-between text-sm text-gray-600">
          <p>
            Page {page} of {maxPage} · {total} customers
          </p>
          <div className="flex gap-2">
            <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
              Previous
            </Button>
            <Button variant="secondary" size="sm" disabled={page >= maxPage} onClick={() => setPage((p) => p + 1)}>
              Next
            </Button>
          </div>
        </nav>
      )}
    </div>
  );
}
