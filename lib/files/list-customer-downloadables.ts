import type { Page } from "@/lib/api/pagination";
import type { DbTx } from "@/lib/db";
import { downloadUrl } from "@/lib/files/download-token";
import { fileSelect, serializeFile } from "@/lib/files/serialize-file";

/**
 * Polar's DownloadableRead list for the signed-in customer: the files they hold now (row granted,
 * a granted grant of the benefit, bytes uploaded), in the order of their benefits (first granted
 * first, then product position) and, within a benefit, the order of its files; an older version
 * they kept sits right after the version that replaced it. Each carries a fresh signed link.
 */
export async function listCustomerDownloadables(
  db: DbTx,
  customerId: string,
  filters: { benefitIds?: string[] },
  page: Page,
  baseUrl: string,
) {
  const grants = await db.benefitGrant.findMany({
    where: { customerId, status: "granted", benefit: { type: "downloadables", deletedAt: null } },
    select: { benefitId: true, position: true, createdAt: true, benefit: { select: { properties: true } } },
    orderBy: [{ createdAt: "asc" }, { position: "asc" }],
  });
  const benefitRank = new Map<string, number>();
  const listedFiles = new Map<string, string[]>();
  for (const g of grants) {
    if (!benefitRank.has(g.benefitId)) benefitRank.set(g.benefitId, benefitRank.size);
    listedFiles.set(g.benefitId, ((g.benefit.properties ?? {}) as { files?: string[] }).files ?? []);
  }
  const rows = await db.downloadable.findMany({
    where: {
      customerId,
      status: "granted",
      benefitId: { in: [...benefitRank.keys()].filter((id) => !filters.benefitIds || filters.benefitIds.includes(id)) },
      file: { isUploaded: true },
    },
    select: { id: true, benefitId: true, downloadCount: true, lastDownloadedAt: true, file: { select: fileSelect } },
  });
  const replacedBy = new Map(rows.map((r) => [r.file.id, r.file.replacedById]));
  const filePosition = (benefitId: string, fileId: string): [number, number] => {
    const listed = listedFiles.get(benefitId) ?? [];
    let id: string | null | undefined = fileId;
    for (let age = 0; id && age < 50; age++) {
      const index = listed.indexOf(id);
      if (index >= 0) return [index, age];
      id = replacedBy.get(id);
    }
    return [listed.length, 0];
  };
  const sorted = rows
    .map((r) => ({ r, benefit: benefitRank.get(r.benefitId)!, position: filePosition(r.benefitId, r.file.id) }))
    .sort((a, b) => a.benefit - b.benefit || a.position[0] - b.position[0] || a.position[1] - b.position[1] || a.r.id.localeCompare(b.r.id));
  const items = sorted.slice((page.page - 1) * page.limit, page.page * page.limit).map(({ r }) => {
    const { url, expiresAt } = downloadUrl(baseUrl, r.id);
    return {
      id: r.id,
      benefit_id: r.benefitId,
      file: { ...serializeFile(r.file), download: { url, headers: {}, expires_at: expiresAt.toISOString() } },
      download_count: r.downloadCount,
      last_downloaded_at: r.lastDownloadedAt?.toISOString() ?? null,
    };
  });
  return { items, total: sorted.length };
}
