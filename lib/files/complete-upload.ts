import { createHash } from "node:crypto";
import { ApiError } from "@/lib/api/errors";
import type { Db, DbTx } from "@/lib/db";
import type { CompleteUploadInput } from "@/lib/files/file-input";
import { getFileOrThrow, lockFileOrThrow } from "@/lib/files/get-file-or-throw";
import { requestFileReapply } from "@/lib/files/request-file-reapply";
import { clientUploadId, filePath, type FileRow } from "@/lib/files/serialize-file";
import { storageFor } from "@/lib/files/storage";

/** Joining 10 GB of parts takes a while; the file row stays locked meanwhile, so retries wait. */
const COMPLETE_TX_OPTIONS = { timeout: 30 * 60_000, maxWait: 30_000 };

/**
 * Completes an upload (Polar's POST /v1/files/{id}/uploaded): every listed part must be stored,
 * with its ETag, and the parts must add up to the file. The parts are joined in order and the
 * whole file hashed from the stored bytes; a SHA-256 declared at creation that does not match
 * refuses the file (422) and discards the upload. Completing twice answers the file again.
 * Benefits listing the file are then re-applied, so customers who hold them receive it.
 */
export async function completeUpload(db: Db, organizationId: string, id: string, input: CompleteUploadInput): Promise<FileRow> {
  const mismatch = await db.$transaction(async (tx) => {
    const file = await lockFileOrThrow(tx, organizationId, id);
    if (file.isUploaded) return null;
    if (input.id !== clientUploadId(file)) throw ApiError.invalid(["body", "id"], "Not the upload id of this file");
    if (input.path !== filePath(file)) throw ApiError.invalid(["body", "path"], "Not the path of this file");
    const parts = await checkParts(tx, file, input);

    const storage = storageFor(file.storageDriver);
    const { sha256 } = await storage.finishUpload({ key: file.storageKey, uploadId: file.uploadId ?? "", mimeType: file.mimeType, parts });
    const digest = (sha256 ?? (await hashStored(file))).toString("base64");
    if (file.checksumSha256 && digest !== file.checksumSha256) {
      await tx.file.update({ where: { id }, data: { deletedAt: new Date() } });
      await tx.file.updateMany({ where: { replacedById: id }, data: { replacedById: null } });
      await tx.fileUploadPart.deleteMany({ where: { fileId: id } });
      return { file, digest };
    }
    await tx.file.update({ where: { id }, data: { isUploaded: true, checksumSha256: digest } });
    await tx.fileUploadPart.deleteMany({ where: { fileId: id } });
    await requestFileReapply(tx, organizationId, id);
    return null;
  }, COMPLETE_TX_OPTIONS);

  if (mismatch) {
    await storageFor(mismatch.file.storageDriver).remove(mismatch.file.storageKey).catch((err) => {
      console.error(`[files] could not remove the refused upload of ${id}`, err);
    });
    throw ApiError.invalid(
      ["body", "checksum_sha256_base64"],
      `The uploaded file's SHA-256 (${mismatch.digest}) does not match the declared checksum (${mismatch.file.checksumSha256}): the file was refused and its upload discarded`,
      "checksum_mismatch",
    );
  }
  return getFileOrThrow(db, organizationId, id);
}

async function checkParts(tx: DbTx, file: FileRow, input: CompleteUploadInput) {
  const stored = new Map(
    (await tx.fileUploadPart.findMany({ where: { fileId: file.id } })).map((p) => [p.number, p]),
  );
  let total = 0n;
  for (const [i, part] of input.parts.entries()) {
    const loc = ["body", "parts", i];
    if (part.number !== i + 1) throw ApiError.invalid([...loc, "number"], `Parts must be listed 1, 2, 3… in order (expected ${i + 1})`);
    const row = stored.get(part.number);
    if (!row) throw ApiError.invalid(loc, `Part ${part.number} has not been uploaded`, "part_missing");
    if (part.checksum_etag.replace(/"/g, "") !== row.etag) {
      throw ApiError.invalid([...loc, "checksum_etag"], `Does not match the stored part ${part.number} (upload it again, or send its ETag)`);
    }
    if (part.checksum_sha256_base64 && part.checksum_sha256_base64 !== row.checksumSha256) {
      throw ApiError.invalid([...loc, "checksum_sha256_base64"], `Does not match the SHA-256 of the stored part ${part.number}`);
    }
    total += row.size;
  }
  if (stored.size > input.parts.length) {
    throw ApiError.invalid(["body", "parts"], `${stored.size} parts were uploaded; list all of them`);
  }
  if (total !== file.size) {
    throw ApiError.invalid(["body", "parts"], `The parts add up to ${total} bytes; the file is ${file.size} bytes`);
  }
  return input.parts.map((p) => ({ number: p.number, etag: stored.get(p.number)!.etag }));
}

/** Reads the stored file back to hash it, for drivers that join parts without reading them. */
async function hashStored(file: FileRow): Promise<Buffer> {
  const hash = createHash("sha256");
  for await (const chunk of await storageFor(file.storageDriver).read(file.storageKey)) hash.update(chunk as Buffer);
  return hash.digest();
}
