import { z } from "zod";
import { paginationQuery } from "@/lib/api/pagination";
import { queryList } from "@/lib/api/parse";
import { MAX_FILE_SIZE, MAX_PARTS } from "@/lib/files/file-limits";

/** A SHA-256 digest in standard base64 (44 characters), as browsers and S3 write it. */
export const sha256Base64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]{43}=$/, "Must be a base64-encoded SHA-256 digest (44 characters)");

const partNumber = z.number().int().min(1).max(MAX_PARTS);

const createPart = z.object({
  number: partNumber,
  chunk_start: z.number().int().min(0),
  // Exclusive, like Blob.slice(start, end): the part is bytes [chunk_start, chunk_end).
  chunk_end: z.number().int().min(1),
  checksum_sha256_base64: sha256Base64.nullish(),
});

export type CreatePartInput = z.output<typeof createPart>;

/** Polar's DownloadableFileCreate, plus Benefactor's `replaces_file_id` (a new version of that file). */
export const createFileBody = z.object({
  organization_id: z.uuid().nullish(),
  name: z.string().trim().min(1).max(255),
  mime_type: z
    .string()
    .trim()
    .max(255)
    .regex(/^[\w.+-]+\/[\w.+-]+(\s*;.*)?$/, "Must be a MIME type such as application/zip"),
  size: z
    .number()
    .int()
    .min(1, "The file is empty")
    .max(MAX_FILE_SIZE, "Files are limited to 10 GB (10,737,418,240 bytes)"),
  checksum_sha256_base64: sha256Base64.nullish(),
  upload: z.object({ parts: z.array(createPart).min(1).max(MAX_PARTS) }).optional(),
  service: z.literal("downloadable", "Only downloadable files can be uploaded"),
  version: z.string().trim().max(255).nullish(),
  replaces_file_id: z.uuid().nullish(),
});

export type CreateFileInput = z.output<typeof createFileBody>;

/** Polar's FileUploadCompleted. */
export const completeUploadBody = z.object({
  id: z.string().min(1),
  path: z.string().min(1),
  parts: z
    .array(
      z.object({
        number: partNumber,
        checksum_etag: z.string().min(1).max(200),
        checksum_sha256_base64: sha256Base64.nullish(),
      }),
    )
    .min(1)
    .max(MAX_PARTS),
});

export type CompleteUploadInput = z.output<typeof completeUploadBody>;

/** Polar's FilePatch. */
export const updateFileBody = z
  .object({ name: z.string().trim().min(1).max(255).nullish(), version: z.string().trim().max(255).nullish() })
  .strict();

export type UpdateFileInput = z.output<typeof updateFileBody>;

const uuids = queryList.pipe(z.array(z.uuid()).optional());

export const listFilesQuery = z.object({ ...paginationQuery, organization_id: uuids, ids: uuids });
