import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MeterBalanceCard } from "@/components/portal/meters/meter-balance-card";
import { PortalHeader } from "@/components/portal/portal-header";
import { db } from "@/lib/db";
import { listUsageDays } from "@/lib/meters/list-usage-days";
import { listPortalCustomerMeters, serializePortalCustomerMeter } from "@/lib/meters/portal-customer-meters";
import { currentPortalSession } from "@/lib/portal/current-portal-session";

export const metadata: Metadata = { title: "Usage and credits" };

const CHART_DAYS = 30;

// /portal/[org]/meters — the customer's credit balances, with a notice when one runs low or goes
// negative, and each meter's daily usage over the last 30 days as a chart.
export default async function PortalMetersPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const session = await currentPortalSession(slug);
  if (!session) notFound();
  const { items } = await listPortalCustomerMeters(db, session.customer.id, {}, ["meter_name"], { page: 1, limit: 100 });
  const usage = await listUsageDays(db, items.map((m) => m.id), CHART_DAYS);
  const merchant = session.organization.name;

  return (
    <>
      <PortalHeader session={session} />
      <main className="mx-auto max-w-3xl space-y-6 px-4 py-8 sm:px-6">
        <div>
          <p className="text-sm">
            <Link href={`/portal/${encodeURIComponent(slug)}`} className="font-medium text-brand-700 hover:text-brand-600">
              ← Your benefits
            </Link>
          </p>
          <h1 className="mt-3 text-xl font-semibold text-gray-900">Usage and credits</h1>
          <p className="mt-1 text-sm text-gray-600">What you have left with {merchant}, and how much you used each day.</p>
        </div>
        {items.length === 0 ? (
          <p className="rounded-lg border-2 border-dashed border-gray-300 bg-white px-6 py-10 text-center text-sm text-gray-600">
            No usage or credits yet. Credits appear here as soon as a purchase includes them.
          </p>
        ) : (
          items.map((row) => (
            <MeterBalanceCard key={row.id} meter={serializePortalCustomerMeter(row)} days={usage.get(row.id) ?? []} merchant={merchant} />
          ))
        )}
      </main>
    </>
  );
}
