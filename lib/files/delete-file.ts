import type { Db } from "@/lib/db";
import { lockFileOrThrow } from "@/lib/files/get-file-or-throw";
import { storageFor } from "@/lib/files/storage";

/**
 * Soft-deletes a file: it leaves the merchant's lists and is granted to no new customer, but a
 * customer who already has it keeps downloading it (as in Polar), so its bytes stay while any
 * customer holds it. A file nobody holds loses its bytes too. The grant strategy reads files
 * FOR SHARE, so a grant racing this delete either lands first (and keeps the bytes) or skips the file.
 */
export async function deleteFile(db: Db, organizationId: string, id: string): Promise<void> {
  const { file, isHeld } = await db.$transaction(async (tx) => {
    const locked = await lockFileOrThrow(tx, organizationId, id);
    await tx.file.update({ where: { id }, data: { deletedAt: new Date() } });
    await tx.file.updateMany({ where: { replacedById: id }, data: { replacedById: null } });
    const held = await tx.downloadable.count({ where: { fileId: id } });
    return { file: locked, isHeld: held > 0 };
  });
  if (isHeld) return;
  try {
    const storage = storageFor(file.storageDriver);
    if (!file.isUploaded && file.uploadId) await storage.abortUpload(file.storageKey, file.uploadId);
    await storage.remove(file.storageKey);
  } catch (err) {
    // The row is deleted; stray bytes cost space, not correctness.
    console.error(`[files] could not remove the bytes of deleted file ${id}`, err);
  }
}
