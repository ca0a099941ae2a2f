import type { Metadata } from "next";
import { OrganizationSettingsForm } from "@/components/settings/organization-settings-form";
import { Card, PageHeader } from "@/components/ui/misc";
import { requireOrgPage } from "@/lib/auth/session";
import { PAST_DUE_GRACE_DAYS } from "@/lib/organizations/update-organization";

export const metadata: Metadata = { title: "Organization settings" };

type GraceDays = (typeof PAST_DUE_GRACE_DAYS)[number];
const isGraceDays = (days: number): days is GraceDays => (PAST_DUE_GRACE_DAYS as readonly number[]).includes(days);

// /dashboard/[org]/settings
export default async function OrganizationSettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org, can } = await requireOrgPage(slug);
  return (
    <>
      <PageHeader title="Organization settings" description="How your organization is named and how it treats late payments." />
      <Card className="max-w-2xl">
        <OrganizationSettingsForm
          organization={{ id: org.id, slug: org.slug }}
          defaultValues={{ name: org.name, pastDueGraceDays: isGraceDays(org.pastDueGraceDays) ? org.pastDueGraceDays : 0 }}
          canManage={can("organization:manage")}
        />
      </Card>
    </>
  );
}
