import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActivationsTable } from "@/components/license-keys/activations-table";
import { EditLicenseKeyDialog } from "@/components/license-keys/edit-license-key-dialog";
import { countOfLimit, LICENSE_KEY_STATUS } from "@/components/license-keys/license-key-format";
import { RevealableSecret } from "@/components/ui/revealable-secret";
import { LicenseKeyStatusActions } from "@/components/license-keys/license-key-status-actions";
import { LicenseKeyStatusBadge } from "@/components/license-keys/license-key-status-badge";
import { RotateLicenseKeyDialog } from "@/components/license-keys/rotate-license-key-dialog";
import { DetailList } from "@/components/purchases/detail-list";
import { formatMoment } from "@/components/purchases/purchase-format";
import { Card, PageHeader } from "@/components/ui/misc";
import { ApiError } from "@/lib/api/errors";
import { parseId } from "@/lib/api/parse";
import { requireOrgPage } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getLicenseKeyWithActivationsOrThrow } from "@/lib/license-keys/get-license-key-or-throw";
import { serializeActivation, serializeLicenseKey } from "@/lib/license-keys/serialize-license-key";

export const metadata: Metadata = { title: "License key" };

async function loadKey(organizationId: string, id: string) {
  try {
    return await getLicenseKeyWithActivationsOrThrow(db, organizationId, parseId(id, "License key"));
  } catch (err) {
    if (err instanceof ApiError && err.code === "not_found") notFound();
    throw err;
  }
}

const link = "text-brand-700 hover:underline";

// /dashboard/[org]/license-keys/[id] — one key: reveal and copy it, its limits and activity, disable / revoke / rotate / edit, activations.
export default async function LicenseKeyPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const { org, can } = await requireOrgPage(slug);
  const row = await loadKey(org.id, id);
  const k = serializeLicenseKey(row, "merchant");
  const activations = row.activations.map(serializeActivation);
  const canWrite = can("write");
  const base = `/dashboard/${org.slug}`;
  const source = row.grant?.subscriptionId ? (
    <Link href={`${base}/subscriptions/${row.grant.subscriptionId}`} className={link}>
      Subscription
    </Link>
  ) : row.grant?.orderId ? (
    <Link href={`${base}/orders/${row.grant.orderId}`} className={link}>
      Order
    </Link>
  ) : row.grant ? (
    "Manual grant"
  ) : (
    "Imported"
  );

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href={`${base}/license-keys`} className={link}>
          ← License keys
        </Link>
      </nav>
      <PageHeader
        title={`License key ${k.display_key}`}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <LicenseKeyStatusBadge status={k.status} />
            {LICENSE_KEY_STATUS[k.status].meaning}
          </span>
        }
        actions={
          canWrite && (
            <>
              <LicenseKeyStatusActions orgSlug={org.slug} licenseKeyId={k.id} status={k.status} />
              {k.status !== "revoked" && <RotateLicenseKeyDialog orgSlug={org.slug} licenseKeyId={k.id} />}
              <EditLicenseKeyDialog
                orgSlug={org.slug}
                licenseKeyId={k.id}
                current={{ usage: k.usage, limit_activations: k.limit_activations, limit_usage: k.limit_usage, expires_at: k.expires_at }}
              />
            </>
          )
        }
      />
      <div className="space-y-6">
        <Card>
          <h2 className="mb-3 text-base font-semibold text-gray-900">Key</h2>
          <RevealableSecret value={k.key} masked={k.display_key} testId="license-key-value" />
          <p className="mt-2 text-xs text-gray-600">
            Apps check it with <code className="font-mono">POST /v1/customer-portal/license-keys/validate</code> and this organization&apos;s ID,{" "}
            <code className="font-mono" data-testid="organization-id">
              {org.id}
            </code>
            .
          </p>
        </Card>
        <Card>
          <DetailList
            items={[
              [
                "Customer",
                <Link key="c" href={`${base}/customers/${k.customer_id}`} className={link}>
                  {k.customer.email || "Deleted customer"}
                </Link>,
              ],
              [
                "Benefit",
                row.benefit.deletedAt ? (
                  `${row.benefit.description} (deleted)`
                ) : (
                  <Link key="b" href={`${base}/benefits/${k.benefit_id}`} className={link}>
                    {row.benefit.description}
                  </Link>
                ),
              ],
              ["Activations", countOfLimit(activations.length, k.limit_activations)],
              ["Usage", countOfLimit(k.usage, k.limit_usage)],
              ["Expires", formatMoment(k.expires_at, "Never")],
              ["Validations", String(k.validations)],
              ["Last validated", formatMoment(k.last_validated_at, "Never")],
              ["From", source],
              ["Created", formatMoment(k.created_at)],
              ["License key ID", <code key="id" className="font-mono text-xs">{k.id}</code>],
            ]}
          />
        </Card>
        <Card>
          <h2 className="text-base font-semibold text-gray-900">Activations</h2>
          <p className="mt-1 mb-3 text-sm text-gray-600">
            Machines or installs the key was activated on ({countOfLimit(activations.length, k.limit_activations)}). Deleting one frees its slot.
          </p>
          {activations.length === 0 ? (
            <p className="text-sm text-gray-600">Not activated anywhere yet.</p>
          ) : (
            <ActivationsTable orgSlug={org.slug} licenseKeyId={k.id} activations={activations} canWrite={canWrite} />
          )}
        </Card>
      </div>
    </>
  );
}
