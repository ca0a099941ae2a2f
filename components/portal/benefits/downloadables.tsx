import { DownloadableFiles } from "@/components/portal/benefits/downloadable-files";
import { currentPortalSession } from "@/lib/portal/current-portal-session";
import type { PortalBenefit } from "@/lib/portal/list-portal-benefits";

// The files load in the browser from GET /v1/customer-portal/downloadables/, so each download
// link is signed when it is shown and signed again before it expires while the page stays open.
export async function DownloadablesBenefit({ item, organizationSlug }: { item: PortalBenefit<"downloadables">; organizationSlug: string }) {
  const session = await currentPortalSession(organizationSlug);
  if (!session) return null;
  return <DownloadableFiles organizationId={session.organization.id} benefitId={item.benefit.id} />;
}
