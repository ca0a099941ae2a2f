"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { GrantActions } from "@/components/grants/grant-actions";
import { GrantStatus } from "@/components/grants/grant-status";
import { GRANTS_LIMIT, type GrantsQuery } from "@/components/grants/grants-query";
import { useGrants } from "@/components/grants/use-grants";
import { formatMoment } from "@/components/purchases/purchase-format";
import { Card } from "@/components/ui/misc";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { GrantResponse } from "@/lib/grants/serialize-grant";

/** Show only the grants of one subscription or one order (the query itself is per customer). */
export type GrantsFilter = { subscriptionId?: string; orderId?: string };

function matches(g: GrantResponse, filter: GrantsFilter | undefined): boolean {
  if (filter?.subscriptionId) return g.subscription_id === filter.subscriptionId;
  if (filter?.orderId) return g.order_id === filter.orderId;
  return true;
}

/** Where the grant comes from: the subscription, the order, or a merchant's manual grant. */
function Source({ grant, base }: { grant: GrantResponse; base: string }) {
  if (grant.subscription_id) {
    return (
      <Link href={`${base}/subscriptions/${grant.subscription_id}`} className="text-brand-700 hover:underline">
        Subscription
      </Link>
    );
  }
  if (grant.order_id) {
    return (
      <Link href={`${base}/orders/${grant.order_id}`} className="text-brand-700 hover:underline">
        Order
      </Link>
    );
  }
  return <span className="text-gray-700">Manual</span>;
}

/** What the customer was given, when the benefit is a note (custom benefits). */
function deliveredNote(grant: GrantResponse): string | null {
  const note = grant.properties.note;
  return grant.status === "granted" && typeof note === "string" && note ? note : null;
}

function Subject({ grant, show, base, typeLabels }: { grant: GrantResponse; show: "benefit" | "customer"; base: string; typeLabels: Record<string, string> }) {
  if (show === "customer") {
    return (
      <Link href={`${base}/customers/${grant.customer_id}`} className="font-medium text-brand-700 hover:underline">
        {grant.customer.email}
      </Link>
    );
  }
  const note = deliveredNote(grant);
  return (
    <>
      {grant.benefit.is_deleted ? (
        <span className="font-medium text-gray-900">{grant.benefit.description} (deleted)</span>
      ) : (
        <Link href={`${base}/benefits/${grant.benefit_id}`} className="font-medium text-brand-700 hover:underline">
          {grant.benefit.description}
        </Link>
      )}
      <p className="text-xs text-gray-600">{typeLabels[grant.benefit.type] ?? grant.benefit.type}</p>
      {note && <p className="mt-1 max-w-sm text-xs whitespace-pre-line text-gray-800">Note: {note}</p>}
      {typeof grant.properties.license_key_id === "string" && (
        <Link href={`${base}/license-keys/${grant.properties.license_key_id}`} className="mt-1 block font-mono text-xs text-brand-700 hover:underline">
          {typeof grant.properties.display_key === "string" ? grant.properties.display_key : "View license key"}
        </Link>
      )}
    </>
  );
}

/**
 * The benefit grants of a customer or a benefit (optionally narrowed to one subscription or
 * order), with their state and errors; refreshed while any is being delivered.
 */
export function GrantsPanel({
  organizationId,
  orgSlug,
  query,
  filter,
  initial,
  show,
  typeLabels,
  canWrite,
  title = "Benefit grants",
  description,
  emptyText,
  action,
}: {
  organizationId: string;
  orgSlug: string;
  query: GrantsQuery;
  filter?: GrantsFilter;
  initial: GrantResponse[];
  show: "benefit" | "customer";
  /** benefitTypeLabels(), from the server. */
  typeLabels: Record<string, string>;
  canWrite: boolean;
  title?: string;
  description?: ReactNode;
  emptyText: string;
  action?: ReactNode;
}) {
  const { data, error } = useGrants(organizationId, query, initial);
  const grants = data.filter((g) => matches(g, filter));
  const isDelivering = grants.some((g) => g.status === "pending");
  const base = `/dashboard/${orgSlug}`;
  return (
    <Card>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="text-base font-semibold text-gray-900">{title}</h2>
          {description && <p className="mt-1 text-sm text-gray-600">{description}</p>}
        </div>
        {action}
      </div>
      <p aria-live="polite" className="mt-1 min-h-4 text-xs text-gray-500">
        {isDelivering ? "Delivering… this list updates by itself." : ""}
      </p>
      {error && (
        <p role="alert" className="mt-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 ring-1 ring-red-600/20">
          {error.message}
        </p>
      )}
      {grants.length === 0 ? (
        <p className="mt-2 text-sm text-gray-600">{emptyText}</p>
      ) : (
        <div className="mt-3">
          <Table aria-label={title}>
            <thead>
              <tr>
                <Th>{show === "benefit" ? "Benefit" : "Customer"}</Th>
                <Th>From</Th>
                <Th>Status</Th>
                <Th>Updated</Th>
                {canWrite && (
                  <Th>
                    <span className="sr-only">Actions</span>
                  </Th>
                )}
              </tr>
            </thead>
            <tbody>
              {grants.map((g) => (
                <Tr key={g.id} data-testid="grant-row">
                  <Td className="align-top">
                    <Subject grant={g} show={show} base={base} typeLabels={typeLabels} />
                  </Td>
                  <Td className="align-top">
                    <Source grant={g} base={base} />
                  </Td>
                  <Td className="align-top">
                    <GrantStatus grant={g} />
                  </Td>
                  <Td className="align-top text-xs whitespace-nowrap text-gray-600">{formatMoment(g.modified_at)}</Td>
                  {canWrite && (
                    <Td className="align-top">
                      <GrantActions orgSlug={orgSlug} grant={g} />
                    </Td>
                  )}
                </Tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
      {data.length >= GRANTS_LIMIT && <p className="mt-2 text-xs text-gray-500">Showing the {GRANTS_LIMIT} most recent grants.</p>}
    </Card>
  );
}
