import { pageArgs, type Page } from "@/lib/api/pagination";
import type { DbTx } from "@/lib/db";
import { getFileOrThrow } from "@/lib/files/get-file-or-throw";

/**
 * Who holds a file and how often they downloaded it (Benefactor's, for the merchant): one entry
 * per customer × benefit, most recent download first, never-downloaded last.
 */
export async function listFileDownloads(db: DbTx, organizationId: string, fileId: string, page: Page) {
  await getFileOrThrow(db, organizationId, fileId);
  const where = { fileId, file: { organizationId } };
  const [rows, total] = await Promise.all([
    db.downloadable.findMany({
      where,
      select: {
        id: true,
        benefitId: true,
        status: true,
        downloadCount: true,
        lastDownloadedAt: true,
        createdAt: true,
        customer: { select: { id: true, email: true, name: true, externalId: true } },
      },
      orderBy: [{ lastDownloadedAt: { sort: "desc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
      ...pageArgs(page),
    }),
    db.downloadable.count({ where }),
  ]);
  const items = rows.map((r) => ({
    id: r.id,
    file_id: fileId,
    benefit_id: r.benefitId,
    customer_id: r.customer.id,
    customer: { id: r.customer.id, email: r.customer.email, name: r.customer.name, external_id: r.customer.externalId },
    is_granted: r.status === "granted",
    download_count: r.downloadCount,
    last_downloaded_at: r.lastDownloadedAt?.toISOString() ?? null,
    granted_at: r.createdAt.toISOString(),
  }));
  return { items, total };
}
