import type { DbTx } from "@/lib/db";
import type { UpdateFileInput } from "@/lib/files/file-input";
import { getFileOrThrow } from "@/lib/files/get-file-or-throw";

/** Renames a file or sets its version label (Polar's FilePatch); null clears the version. */
export async function updateFile(db: DbTx, organizationId: string, id: string, input: UpdateFileInput) {
  await getFileOrThrow(db, organizationId, id);
  const data = {
    ...(input.name ? { name: input.name } : {}),
    ...(input.version !== undefined ? { version: input.version || null } : {}),
  };
  if (Object.keys(data).length > 0) {
    await db.file.updateMany({ where: { id, organizationId, deletedAt: null }, data });
  }
  return getFileOrThrow(db, organizationId, id);
}
