import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db";
import type { CreateFileInput } from "@/lib/files/file-input";
import { partUrl } from "@/lib/files/part-url";
import { planUploadParts } from "@/lib/files/plan-upload-parts";
import { clientUploadId, fileSelect, filePath, serializeFile } from "@/lib/files/serialize-file";
import { storageFor } from "@/lib/files/storage";
import { uuidv7s } from "@/lib/meters/uuid-v7";

/**
 * Declares a file and starts its multipart upload: answers Polar's FileUpload, whose parts each
 * carry a signed URL on this app to PUT the part's bytes to (lib/files/upload-part.ts).
 * `replaces_file_id` makes the new file the next version of that one: the old file is marked
 * replaced at once (so a benefit edited to list the new id keeps the old version for the
 * customers who have it, even before the upload ends).
 */
export async function createFile(db: Db, organizationId: string, input: CreateFileInput, baseUrl: string) {
  if (input.organization_id && input.organization_id !== organizationId) {
    throw ApiError.invalid(["body", "organization_id"], "Must be the organization of the access token");
  }
  const parts = planUploadParts(input.size, input.upload?.parts);
  if (input.replaces_file_id) {
    const old = await db.file.findFirst({ where: { id: input.replaces_file_id, organizationId, deletedAt: null }, select: { id: true } });
    if (!old) throw ApiError.invalid(["body", "replaces_file_id"], "File not found in this organization");
  }
  const [id] = uuidv7s(1);
  const storageKey = `${organizationId}/${id}`;
  const storage = storageFor();
  const uploadId = await storage.startUpload(storageKey, input.mime_type);

  const file = await db.$transaction(async (tx) => {
    const created = await tx.file.create({
      data: {
        id,
        organizationId,
        name: input.name,
        mimeType: input.mime_type,
        size: BigInt(input.size),
        checksumSha256: input.checksum_sha256_base64 ?? null,
        version: input.version ?? null,
        service: "downloadable",
        storageDriver: storage.name,
        storageKey,
        uploadId,
        isUploaded: false,
      },
      select: fileSelect,
    });
    if (input.replaces_file_id) {
      await tx.file.updateMany({ where: { id: input.replaces_file_id, organizationId }, data: { replacedById: id } });
    }
    return created;
  });

  return {
    ...serializeFile(file),
    upload: {
      id: clientUploadId(file),
      path: filePath(file),
      parts: parts.map((p) => {
        const { url, expiresAt } = partUrl(baseUrl, { fileId: id, number: p.number, size: p.end - p.start, checksumSha256: p.checksumSha256 });
        return {
          number: p.number,
          chunk_start: p.start,
          chunk_end: p.end,
          checksum_sha256_base64: p.checksumSha256,
          url,
          expires_at: expiresAt.toISOString(),
          headers: {} as Record<string, string>,
        };
      }),
    },
  };
}
