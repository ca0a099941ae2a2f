import type { Metadata } from "next";
import Link from "next/link";
import { FileDetail } from "@/components/files/file-detail";
import { requireOrgPage } from "@/lib/auth/session";

export const metadata: Metadata = { title: "File" };

// /dashboard/[org]/files/[id] — one file: its details and who downloaded it, how often, when last.
export default async function FilePage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const { org } = await requireOrgPage(slug);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href={`/dashboard/${org.slug}/files`} className="text-brand-700 hover:underline">
          ← Files
        </Link>
      </nav>
      <FileDetail organizationId={org.id} orgSlug={org.slug} fileId={id} />
    </>
  );
}
