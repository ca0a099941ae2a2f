import type { Metadata } from "next";
import { FilesManager } from "@/components/files/files-manager";
import { requireOrgPage } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Files" };

// /dashboard/[org]/files — upload, list, rename, download and delete the organization's files.
// The list comes from GET /v1/files/ in the browser, so it refreshes in place after each upload.
export default async function FilesPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org, can } = await requireOrgPage(slug);
  return <FilesManager organizationId={org.id} orgSlug={org.slug} canWrite={can("write")} canDelete={can("delete")} />;
}
