import { createHash } from "node:crypto";
import { sizeReadable } from "@/lib/files/size-readable";

export const fileSelect = {
  id: true,
  organizationId: true,
  name: true,
  mimeType: true,
  size: true,
  checksumSha256: true,
  version: true,
  service: true,
  storageDriver: true,
  storageKey: true,
  uploadId: true,
  isUploaded: true,
  replacedById: true,
  deletedAt: true,
  createdAt: true,
  modifiedAt: true,
} as const;

export type FileRow = {
  id: string;
  organizationId: string;
  name: string;
  mimeType: string;
  size: bigint;
  checksumSha256: string | null;
  version: string | null;
  service: string;
  storageDriver: string;
  storageKey: string;
  uploadId: string | null;
  isUploaded: boolean;
  replacedById: string | null;
  createdAt: Date;
  modifiedAt: Date;
};

/** Polar's `path`: where the file lives, organization / file / name. */
export const filePath = (f: Pick<FileRow, "organizationId" | "id" | "name">) => `${f.organizationId}/${f.id}/${f.name}`;

/** The upload id clients see: derived from the driver's, which stays on the server. */
export const clientUploadId = (f: Pick<FileRow, "id" | "uploadId">) =>
  createHash("sha256").update(`${f.id}:${f.uploadId ?? ""}`).digest("base64url").slice(0, 32);

export const sha256Hex = (base64: string | null) => (base64 ? Buffer.from(base64, "base64").toString("hex") : null);

/**
 * Polar's DownloadableFileRead, plus Benefactor's `replaced_by_id` (the newer version that
 * replaces this file, if any). `checksum_sha256_base64` is the declared checksum until the upload
 * completes, then the one computed from the stored bytes.
 */
export function serializeFile(f: FileRow) {
  return {
    id: f.id,
    organization_id: f.organizationId,
    name: f.name,
    path: filePath(f),
    mime_type: f.mimeType,
    size: Number(f.size),
    storage_version: null,
    checksum_etag: null,
    checksum_sha256_base64: f.checksumSha256,
    checksum_sha256_hex: sha256Hex(f.checksumSha256),
    last_modified_at: f.modifiedAt.toISOString(),
    version: f.version,
    service: "downloadable" as const,
    is_uploaded: f.isUploaded,
    created_at: f.createdAt.toISOString(),
    flagged_malicious_at: null,
    size_readable: sizeReadable(Number(f.size)),
    replaced_by_id: f.replacedById,
  };
}
