import { ApiError } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";
import { fileSelect } from "@/lib/files/serialize-file";

/** A live file of this organization; another organization's or a deleted one is a 404. */
export async function getFileOrThrow(db: DbTx, organizationId: string, id: string) {
  const file = await db.file.findFirst({ where: { id, organizationId, deletedAt: null }, select: fileSelect });
  if (!file) throw ApiError.notFound("File");
  return file;
}

/** The same, locked (FOR UPDATE) for the rest of the caller's transaction. */
export async function lockFileOrThrow(tx: DbTx, organizationId: string, id: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM files WHERE id = ${id}::uuid AND organization_id = ${organizationId}::uuid AND deleted_at IS NULL FOR UPDATE`;
  if (rows.length === 0) throw ApiError.notFound("File");
  return getFileOrThrow(tx, organizationId, id);
}
