import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { MetersTable } from "@/components/meters/meters-table";
import { Button } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/misc";
import { Pagination } from "@/components/ui/pagination";
import { requireOrgPage } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listMeters } from "@/lib/meters/list-meters";
import { serializeMeter } from "@/lib/meters/serialize-meter";

export const metadata: Metadata = { title: "Meters" };

const PAGE_SIZE = 25;
const query = z.object({ page: z.coerce.number().int().min(1).catch(1) });

// /dashboard/[org]/meters — the organization's meters: what each counts, and how many customers have a balance on it.
export default async function MetersPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ org: slug }, raw] = await Promise.all([params, searchParams]);
  const { org, can } = await requireOrgPage(slug);
  const { page } = query.parse(raw);
  const { items, total } = await listMeters(db, org.id, {}, ["name"], { page, limit: PAGE_SIZE });
  const counts = await db.customerMeter.groupBy({ by: ["meterId"], where: { meterId: { in: items.map((m) => m.id) } }, _count: { _all: true } });
  const customers = new Map(counts.map((c) => [c.meterId, c._count._all]));
  const base = `/dashboard/${org.slug}/meters`;
  const newButton = can("write") && (
    <Button asChild>
      <Link href={`${base}/new`}>New meter</Link>
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Meters"
        description="A meter counts the usage events your app sends (POST /v1/events/ingest). Meter credit benefits add units to a customer's balance on a meter; usage takes them away."
        actions={newButton}
      />
      {items.length === 0 ? (
        <EmptyState
          title="No meters yet"
          description="Create a meter for what you charge credits for (API calls, tokens, minutes), then a Meter credits benefit that adds units to it."
          action={newButton}
        />
      ) : (
        <>
          <MetersTable orgSlug={org.slug} meters={items.map((m) => ({ ...serializeMeter(m), customers: customers.get(m.id) ?? 0 }))} />
          <Pagination page={page} total={total} pageSize={PAGE_SIZE} href={(p) => `${base}?page=${p}`} noun="meter" />
        </>
      )}
    </>
  );
}
