import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ImportLicenseKeyDialog } from "@/components/license-keys/import-license-key-dialog";
import { LicenseKeyFilters } from "@/components/license-keys/license-key-filters";
import { LICENSE_KEY_STATUS, licenseKeysHref, type LicenseKeyListFilters } from "@/components/license-keys/license-key-format";
import { LicenseKeysTable } from "@/components/license-keys/license-keys-table";
import { StatusFilter } from "@/components/purchases/status-filter";
import { EmptyState, PageHeader } from "@/components/ui/misc";
import { Pagination } from "@/components/ui/pagination";
import { requireOrgPage } from "@/lib/auth/session";
import { listBenefits } from "@/lib/benefits/list-benefits";
import { db } from "@/lib/db";
import { LicenseKeyStatus } from "@/lib/generated/prisma/enums";
import { listLicenseKeys } from "@/lib/license-keys/list-license-keys";

export const metadata: Metadata = { title: "License keys" };

const PAGE_SIZE = 25;
const STATUS_OPTIONS = (["granted", "disabled", "revoked"] as const).map((value) => ({ value, label: LICENSE_KEY_STATUS[value].label }));

// Unknown values are ignored (a hand-edited URL shows the whole list, not an error).
const query = z.object({
  status: z.enum(LicenseKeyStatus).optional().catch(undefined),
  benefit_id: z.uuid().optional().catch(undefined),
  customer_id: z.uuid().optional().catch(undefined),
  q: z.string().trim().max(256).optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1),
});

// /dashboard/[org]/license-keys — every key issued or imported: filter by status, benefit or customer; search by email or key ending.
export default async function LicenseKeysPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ org: slug }, raw] = await Promise.all([params, searchParams]);
  const { org, can } = await requireOrgPage(slug);
  const { status, benefit_id: benefitId, customer_id: customerId, q, page } = query.parse(raw);
  const filters = {
    statuses: status ? [status] : undefined,
    benefitIds: benefitId ? [benefitId] : undefined,
    customerIds: customerId ? [customerId] : undefined,
    query: q,
  };
  const [{ items, total }, benefits] = await Promise.all([
    listLicenseKeys(db, org.id, filters, { page, limit: PAGE_SIZE }),
    listBenefits(db, org.id, { types: ["license_keys"] }, { page: 1, limit: 100 }),
  ]);
  const base = `/dashboard/${org.slug}/license-keys`;
  const current: LicenseKeyListFilters = { status, benefitId, customerId, q };
  const href = (next: LicenseKeyListFilters) => licenseKeysHref(base, current, next);
  const isFiltered = Boolean(status || benefitId || customerId || q);
  const benefitChoices = benefits.items.map((b) => ({ id: b.id, description: b.description }));
  const rows = items.map((k) => ({
    id: k.id,
    displayKey: k.displayKey,
    status: k.status,
    customerId: k.customerId,
    customerEmail: k.customer.email,
    benefitId: k.benefitId,
    benefitDescription: k.benefit.description,
    usage: k.usage,
    limitUsage: k.limitUsage,
    activations: k._count.activations,
    limitActivations: k.limitActivations,
    expiresAt: k.expiresAt?.toISOString() ?? null,
    createdAt: k.createdAt.toISOString(),
  }));

  return (
    <>
      <PageHeader
        title="License keys"
        description="Keys issued by your License keys benefits, and keys you imported. Apps check them with the license API; here you disable, revoke, rotate and free activations."
        actions={can("write") && benefitChoices.length > 0 && <ImportLicenseKeyDialog orgSlug={org.slug} benefits={benefitChoices} />}
      />
      {customerId && (
        <p className="mb-3 text-sm text-gray-700">
          For one customer{rows[0] ? `: ${rows[0].customerEmail}` : ""}.{" "}
          <Link href={href({ customerId: null, page: 1 })} className="font-medium text-brand-700 hover:underline">
            Show all customers
          </Link>
        </p>
      )}
      <StatusFilter label="Filter by status" options={STATUS_OPTIONS} current={status ?? null} href={(s) => href({ status: s, page: 1 })} />
      <LicenseKeyFilters base={base} current={current} benefits={benefitChoices} />
      {rows.length === 0 ? (
        <EmptyState
          title={isFiltered ? "No license keys match" : "No license keys yet"}
          description={
            isFiltered
              ? "Try another status, benefit or search."
              : "A key is issued when a customer buys a product with a License keys benefit. To try it, create such a benefit, attach it to a product and record a test purchase on a customer; or import a key from your previous system."
          }
        />
      ) : (
        <>
          <LicenseKeysTable orgSlug={org.slug} keys={rows} />
          <Pagination page={page} total={total} pageSize={PAGE_SIZE} href={(p) => href({ page: p })} noun="license key" />
        </>
      )}
    </>
  );
}
