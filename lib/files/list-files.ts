import { pageArgs, type Page } from "@/lib/api/pagination";
import type { DbTx } from "@/lib/db";
import { fileSelect } from "@/lib/files/serialize-file";

/** The organization's live files, newest first; `ids` narrows to those (Polar's `ids` filter). */
export async function listFiles(db: DbTx, organizationId: string, filters: { ids?: string[] }, page: Page) {
  const where = { organizationId, deletedAt: null, ...(filters.ids ? { id: { in: filters.ids } } : {}) };
  const [items, total] = await Promise.all([
    db.file.findMany({ where, select: fileSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...pageArgs(page) }),
    db.file.count({ where }),
  ]);
  return { items, total };
}
