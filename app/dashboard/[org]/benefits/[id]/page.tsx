import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BenefitForm } from "@/components/benefits/benefit-form";
import { benefitFormValues } from "@/components/benefits/benefit-form-values";
import { benefitTypeLabel } from "@/components/benefits/benefit-type-info";
import { DeleteBenefitButton } from "@/components/benefits/delete-benefit-button";
import { GRANTS_LIMIT } from "@/components/grants/grants-query";
import { GrantsPanel } from "@/components/grants/grants-panel";
import { benefitTypeLabels } from "@/components/grants/type-labels";
import { Badge, Card, PageHeader } from "@/components/ui/misc";
import { ApiError } from "@/lib/api/errors";
import { parseId } from "@/lib/api/parse";
import { requireOrgPage } from "@/lib/auth/session";
import { getBenefitOrThrow } from "@/lib/benefits/get-benefit-or-throw";
import { listBenefitProducts } from "@/lib/benefits/list-benefit-products";
import { listBenefitReferences } from "@/lib/benefits/list-benefit-references";
import { serializeBenefit } from "@/lib/benefits/serialize-benefit";
import { db } from "@/lib/db";
import { listGrants } from "@/lib/grants/list-grants";
import { serializeGrant } from "@/lib/grants/serialize-grant";
import { deleteBenefitAction, updateBenefitAction } from "../actions";

export const metadata: Metadata = { title: "Edit benefit" };

async function loadBenefit(organizationId: string, id: string) {
  try {
    return serializeBenefit(await getBenefitOrThrow(db, organizationId, parseId(id, "Benefit")));
  } catch (err) {
    if (err instanceof ApiError && err.code === "not_found") notFound();
    throw err;
  }
}

// /dashboard/[org]/benefits/[id] — edit a benefit (its type is fixed) or delete it; who holds it.
export default async function EditBenefitPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const { org, can } = await requireOrgPage(slug);
  const benefit = await loadBenefit(org.id, id);
  const [{ files, meters }, usedBy, grants] = await Promise.all([
    listBenefitReferences(db, org.id),
    listBenefitProducts(db, org.id, [benefit.id]).then((m) => m.get(benefit.id) ?? []),
    listGrants(db, org.id, { benefitIds: [benefit.id] }, ["-created_at"], { page: 1, limit: GRANTS_LIMIT }),
  ]);
  const base = `/dashboard/${org.slug}`;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href={`${base}/benefits`} className="text-brand-700 hover:underline">
          ← Benefits
        </Link>
      </nav>
      <PageHeader
        title={benefit.description}
        description={
          <span className="inline-flex items-center gap-2">
            Type <Badge tone="brand">{benefitTypeLabel(benefit.type)}</Badge>
            <span className="text-gray-500">(the type of a benefit cannot change)</span>
          </span>
        }
        actions={
          can("delete") ? (
            <DeleteBenefitButton
              description={benefit.description}
              productCount={usedBy.length}
              listHref={`${base}/benefits`}
              action={deleteBenefitAction.bind(null, org.slug, benefit.id)}
            />
          ) : undefined
        }
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_16rem]">
        <Card>
          <BenefitForm
            orgSlug={org.slug}
            organizationId={org.id}
            type={benefit.type}
            mode="edit"
            defaultValues={benefitFormValues(benefit.type, benefit.description, benefit.properties)}
            files={files}
            meters={meters}
            action={updateBenefitAction.bind(null, org.slug, benefit.id)}
          />
        </Card>
        <aside className="space-y-4">
          <Card>
            <h2 className="text-sm font-semibold text-gray-900">Used by</h2>
            {usedBy.length === 0 ? (
              <p className="mt-1 text-sm text-gray-600">
                No product yet.{" "}
                <Link href={`${base}/products`} className="text-brand-700 hover:underline">
                  Attach it to a product
                </Link>{" "}
                so purchases grant it.
              </p>
            ) : (
              <ul className="mt-2 space-y-1 text-sm">
                {usedBy.map((p) => (
                  <li key={p.id}>
                    <Link href={`${base}/products/${p.id}`} className="text-brand-700 hover:underline">
                      {p.name}
                    </Link>
                    {p.isArchived && <span className="ml-1 text-xs text-gray-500">(archived)</span>}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <p className="px-1 text-xs text-gray-600">
            Saving applies the new configuration to every customer who already has this benefit.
            {!can("delete") && " Only owners and admins can delete a benefit."}
          </p>
        </aside>
      </div>
      <div className="mt-6">
        <GrantsPanel
          organizationId={org.id}
          orgSlug={org.slug}
          query={{ benefit_id: benefit.id }}
          initial={grants.items.map(serializeGrant)}
          show="customer"
          typeLabels={benefitTypeLabels()}
          canWrite={can("write")}
          title="Grants"
          description="The customers this benefit was granted to, and the state of each grant."
          emptyText="Nobody has this benefit yet. It is granted when a customer buys a product it is attached to."
        />
      </div>
    </>
  );
}
