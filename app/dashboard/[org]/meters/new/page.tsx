import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MeterForm } from "@/components/meters/meter-form";
import { emptyMeterFormValues } from "@/components/meters/meter-form-values";
import { Card, PageHeader } from "@/components/ui/misc";
import { requireOrgPage } from "@/lib/auth/session";

export const metadata: Metadata = { title: "New meter" };

// /dashboard/[org]/meters/new — define a meter: which events it counts and how.
export default async function NewMeterPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org, can } = await requireOrgPage(slug);
  if (!can("write")) notFound();
  return (
    <>
      <PageHeader title="New meter" description="Events already ingested are counted as soon as the meter exists." />
      <Card>
        <MeterForm orgSlug={org.slug} mode="create" initial={emptyMeterFormValues} />
      </Card>
    </>
  );
}
