import type { Metadata } from "next";
import { DiscordIntegrationCard } from "@/components/integrations/discord-card";
import { GitHubIntegrationCard } from "@/components/integrations/github-card";
import { PageHeader } from "@/components/ui/misc";
import { requireOrgPage } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Integrations" };

type Props = { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

// /dashboard/[org]/integrations — what connects Benefactor to GitHub and Discord, and its health.
export default async function IntegrationsPage({ params, searchParams }: Props) {
  const { org: slug } = await params;
  const query = await searchParams;
  const { org, can } = await requireOrgPage(slug);
  const canManage = can("organization:manage");
  return (
    <>
      <PageHeader title="Integrations" description="How Benefactor reaches your GitHub repositories and Discord servers to deliver benefits." />
      <div className="space-y-6">
        <GitHubIntegrationCard org={org} canManage={canManage} connected={one(query.connected) === "github"} />
        <DiscordIntegrationCard org={org} canManage={canManage} connected={one(query.discord_connected)} error={one(query.discord_error)} />
      </div>
    </>
  );
}
