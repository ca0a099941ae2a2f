import { filesFetch, type CompletedPart, type FileRead, type FileUpload, type UploadPart } from "../files-api";
import { planParts } from "./plan-parts";
import { putPart } from "./put-part";
import { withRetry } from "./retry";
import { sha256OfBlob } from "./sha256-blob";

export type UploadPhase = "hashing" | "uploading" | "completing";
export type UploadProgress = { phase: UploadPhase; done: number; total: number; retries: number };

export type UploadOptions = {
  organizationId: string;
  version?: string | null;
  /** Benefactor: the file this upload is a new version of (set as replaced once this completes). */
  replacesFileId?: string;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
  /** Parts sent at the same time. */
  concurrency?: number;
  /** Attempts per part (and for completion) before the file fails. */
  attempts?: number;
};

async function mapPool<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Uploads one file through the files API: SHA-256 in the browser (slice by slice), declare it
 * with its parts, PUT the parts a few at a time (each retried on failure), then complete. The
 * server refuses the file if its own checksum differs; that message is the error thrown.
 */
export async function uploadFile(file: File, options: UploadOptions): Promise<FileRead> {
  const { organizationId, onProgress, signal, concurrency = 3, attempts = 5 } = options;
  let retries = 0;
  const report = (phase: UploadPhase, done: number) => onProgress?.({ phase, done, total: file.size, retries });

  report("hashing", 0);
  const checksum = await sha256OfBlob(file, { signal, onProgress: (hashed) => report("hashing", hashed) });

  const created = await filesFetch<FileUpload>(organizationId, "/v1/files/", {
    method: "POST",
    signal,
    fallback: "Could not start the upload",
    body: JSON.stringify({
      name: file.name,
      mime_type: file.type || "application/octet-stream",
      size: file.size,
      checksum_sha256_base64: checksum,
      upload: { parts: planParts(file.size) },
      service: "downloadable",
      ...(options.version ? { version: options.version } : {}),
      ...(options.replacesFileId ? { replaces_file_id: options.replacesFileId } : {}),
    }),
  });

  const sent = new Map<number, number>();
  const reportSent = () => report("uploading", [...sent.values()].reduce((a, b) => a + b, 0));
  report("uploading", 0);
  const uploadPart = (part: UploadPart) =>
    withRetry(
      () => {
        sent.set(part.number, 0);
        return putPart(part, file.slice(part.chunk_start, part.chunk_end), {
          signal,
          onProgress: (bytes) => {
            sent.set(part.number, bytes);
            reportSent();
          },
        });
      },
      { attempts, signal, onRetry: () => (retries += 1) },
    );
  const parts: CompletedPart[] = await mapPool(created.upload.parts, concurrency, uploadPart);

  report("completing", file.size);
  return withRetry(
    () =>
      filesFetch<FileRead>(organizationId, `/v1/files/${created.id}/uploaded`, {
        method: "POST",
        signal,
        fallback: "Could not complete the upload",
        body: JSON.stringify({ id: created.upload.id, path: created.upload.path, parts: parts.sort((a, b) => a.number - b.number) }),
      }),
    { attempts, signal, onRetry: () => (retries += 1) },
  );
}
