import Link from "next/link";
import type { ReactNode } from "react";
import type { ListFilters } from "@/components/purchases/list-href";
import { StatusFilter } from "@/components/purchases/status-filter";
import { EmptyState, PageHeader } from "@/components/ui/misc";
import { Pagination } from "@/components/ui/pagination";

/**
 * The frame shared by the orders and subscriptions lists: header, "one customer" notice, status
 * filter, empty state and pagination around the table the page passes as children.
 */
export function PurchaseList<S extends string>({
  title,
  description,
  noun,
  emptyHint,
  statusOptions,
  status,
  customerId,
  customerEmail,
  count,
  total,
  page,
  pageSize,
  href,
  children,
}: {
  title: string;
  description: string;
  noun: string;
  emptyHint: string;
  statusOptions: { value: S; label: string }[];
  status: S | undefined;
  customerId: string | undefined;
  customerEmail: string | undefined;
  count: number;
  total: number;
  page: number;
  pageSize: number;
  href: (next: ListFilters) => string;
  children: ReactNode;
}) {
  const isFiltered = Boolean(status || customerId);
  return (
    <>
      <PageHeader title={title} description={description} />
      {customerId && (
        <p className="mb-3 text-sm text-gray-700">
          For one customer{customerEmail ? `: ${customerEmail}` : ""}.{" "}
          <Link href={href({ customerId: null, page: 1 })} className="font-medium text-brand-700 hover:underline">
            Show all customers
          </Link>
        </p>
      )}
      <StatusFilter label="Filter by status" options={statusOptions} current={status ?? null} href={(s) => href({ status: s, page: 1 })} />
      {count === 0 ? (
        <EmptyState
          title={isFiltered ? `No ${noun}s match` : `No ${noun}s yet`}
          description={isFiltered ? "Try another status filter." : emptyHint}
        />
      ) : (
        <>
          {children}
          <Pagination page={page} total={total} pageSize={pageSize} href={(p) => href({ page: p })} noun={noun} />
        </>
      )}
    </>
  );
}
