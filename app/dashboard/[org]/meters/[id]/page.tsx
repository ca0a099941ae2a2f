import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CustomerBalancesTable } from "@/components/meters/customer-balances-table";
import { MeterForm } from "@/components/meters/meter-form";
import { meterFormValues } from "@/components/meters/meter-form-values";
import { describeAggregation, describeFilter } from "@/components/meters/meter-summary";
import { TopUpDialog } from "@/components/meters/top-up-dialog";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/misc";
import { Pagination } from "@/components/ui/pagination";
import { ApiError } from "@/lib/api/errors";
import { requireOrgPage } from "@/lib/auth/session";
import { listCustomers } from "@/lib/customers/list-customers";
import { db } from "@/lib/db";
import { balanceFields } from "@/lib/meters/balance-fields";
import { getMeterOrThrow } from "@/lib/meters/get-meter-or-throw";
import { listCustomerMeters } from "@/lib/meters/list-customer-meters";
import { meterDefinition } from "@/lib/meters/serialize-meter";

export const metadata: Metadata = { title: "Meter" };

const PAGE_SIZE = 25;
const query = z.object({ page: z.coerce.number().int().min(1).catch(1) });

// /dashboard/[org]/meters/[id] — a meter's definition (editable), and every customer's balance on it with a manual top-up.
export default async function MeterPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ org: slug, id }, raw] = await Promise.all([params, searchParams]);
  const { org, can } = await requireOrgPage(slug);
  const { page } = query.parse(raw);
  const meter = await getMeterOrThrow(db, org.id, id).catch((err: unknown) => {
    if (err instanceof ApiError && err.code === "not_found") notFound();
    throw err;
  });
  const definition = meterDefinition(meter);
  const [{ items, total }, customers] = await Promise.all([
    listCustomerMeters(db, org.id, { meterIds: [meter.id] }, ["-modified_at"], { page, limit: PAGE_SIZE }),
    can("write") ? listCustomers(db, org.id, {}, ["email"], { page: 1, limit: 100 }) : Promise.resolve({ items: [] }),
  ]);
  const canWrite = can("write");
  const values = meterFormValues({ name: meter.name, ...definition });
  const initial = values ?? { ...meterFormValues({ name: meter.name, ...definition, filter: { ...definition.filter, clauses: [] } })! };
  const rows = items.map((cm) => {
    const b = balanceFields(cm);
    return { id: cm.id, customerId: cm.customerId, email: cm.customer.email, credited: b.credited_units, consumed: b.consumed_units, balance: b.balance, isLow: b.is_low_balance };
  });
  const base = `/dashboard/${org.slug}/meters`;

  return (
    <>
      <PageHeader
        title={meter.name}
        description={
          <>
            {describeAggregation(definition.aggregation)} · <span className="font-mono text-xs">{describeFilter(definition.filter)}</span>{" "}
            {meter.archivedAt && <Badge>Archived</Badge>}
            <br />
            <Link href={base} className="font-medium text-brand-700 hover:underline">
              All meters
            </Link>
          </>
        }
        actions={canWrite && <TopUpDialog orgSlug={org.slug} meterId={meter.id} customers={customers.items.map((c) => ({ id: c.id, email: c.email }))} />}
      />
      <section aria-labelledby="balances-heading" className="space-y-3">
        <h2 id="balances-heading" className="text-base font-semibold text-gray-900">
          Customer balances
        </h2>
        {rows.length === 0 ? (
          <EmptyState title="No balances yet" description="A customer gets a balance here when a Meter credits benefit credits them, you add credits, or their usage is ingested." />
        ) : (
          <>
            <CustomerBalancesTable orgSlug={org.slug} meterId={meter.id} rows={rows} canWrite={canWrite} />
            <Pagination page={page} total={total} pageSize={PAGE_SIZE} href={(p) => `${base}/${meter.id}?page=${p}`} noun="customer" />
          </>
        )}
      </section>
      {canWrite && (
        <section aria-labelledby="definition-heading" className="mt-10 space-y-3">
          <h2 id="definition-heading" className="text-base font-semibold text-gray-900">
            Definition
          </h2>
          <p className="text-sm text-gray-600">A new filter or aggregation recounts every customer&apos;s usage from all events ingested so far.</p>
          <Card>
            <MeterForm orgSlug={org.slug} mode="edit" meterId={meter.id} initial={initial} isFilterEditable={values !== null} />
          </Card>
        </section>
      )}
    </>
  );
}
