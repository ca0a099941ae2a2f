import type { Metadata } from "next";
import Link from "next/link";
import { BenefitForm } from "@/components/benefits/benefit-form";
import { emptyBenefitFormValues } from "@/components/benefits/benefit-form-values";
import { BenefitTypePicker } from "@/components/benefits/benefit-type-picker";
import { benefitTypeLabel } from "@/components/benefits/benefit-type-info";
import { Card, PageHeader } from "@/components/ui/misc";
import { requireOrgPage } from "@/lib/auth/session";
import { listBenefitReferences } from "@/lib/benefits/list-benefit-references";
import { isBenefitType } from "@/lib/benefits/benefit-type-schemas";
import { db } from "@/lib/db";
import { createBenefitAction } from "../actions";

export const metadata: Metadata = { title: "New benefit" };

// /dashboard/[org]/benefits/new — pick a type, then configure it (?type=license_keys).
export default async function NewBenefitPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ type?: string }> }) {
  const { org: slug } = await params;
  const { org } = await requireOrgPage(slug);
  const { type } = await searchParams;
  const base = `/dashboard/${org.slug}/benefits`;

  if (!type || !isBenefitType(type)) {
    return (
      <>
        <PageHeader title="New benefit" description="What should customers receive? Choose a type; you configure it next." />
        <BenefitTypePicker hrefFor={(t) => `${base}/new?type=${t}`} />
      </>
    );
  }

  const { files, meters } = await listBenefitReferences(db, org.id);
  return (
    <>
      <PageHeader
        title={`New benefit: ${benefitTypeLabel(type)}`}
        description={
          <>
            Granted automatically on every purchase of a product it is attached to.{" "}
            <Link href={`${base}/new`} className="font-medium text-brand-700 hover:underline">
              Choose another type
            </Link>
          </>
        }
      />
      <Card>
        <BenefitForm
          orgSlug={org.slug}
          organizationId={org.id}
          type={type}
          mode="create"
          defaultValues={emptyBenefitFormValues}
          files={files}
          meters={meters}
          action={createBenefitAction.bind(null, org.slug)}
        />
      </Card>
    </>
  );
}
