import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { completeMultipartUpload, createMultipartUpload, del, get, uploadPart } from "@vercel/blob";
import type { ByteRange, StorageDriver } from "@/lib/files/storage/storage-driver";

type BlobUpload = { key: string; uploadId: string };

/**
 * Files in Vercel Blob (production; BLOB_READ_WRITE_TOKEN), as private blobs under
 * `files/<organization id>/<file id>`, uploaded with Blob's multipart API one part per
 * Benefactor part. The client reaches the Blob API at VERCEL_BLOB_API_URL when set (tests point
 * it at test/fakes/blob-server.ts); reads go to the store's own host, as the client builds it.
 * Blob joins parts itself, so completion reads the file back once to hash it.
 */
export function blobDriver(token = process.env.BLOB_READ_WRITE_TOKEN): StorageDriver {
  const auth = { token, access: "private" as const };
  const pathnameOf = (key: string) => `files/${key}`;
  const parseUpload = (uploadId: string): BlobUpload => JSON.parse(uploadId) as BlobUpload;

  return {
    name: "blob",
    async startUpload(key, mimeType) {
      const upload = await createMultipartUpload(pathnameOf(key), {
        ...auth,
        contentType: mimeType,
        addRandomSuffix: false,
        allowOverwrite: true,
      });
      return JSON.stringify({ key: upload.key, uploadId: upload.uploadId } satisfies BlobUpload);
    },
    async writePart({ key, uploadId, number, body }) {
      const upload = parseUpload(uploadId);
      const part = await uploadPart(pathnameOf(key), body, {
        ...auth,
        key: upload.key,
        uploadId: upload.uploadId,
        partNumber: number,
        addRandomSuffix: false,
        allowOverwrite: true,
      });
      return { etag: part.etag.replace(/"/g, "") };
    },
    async finishUpload({ key, uploadId, mimeType, parts }) {
      const upload = parseUpload(uploadId);
      await completeMultipartUpload(
        pathnameOf(key),
        parts.map((p) => ({ partNumber: p.number, etag: p.etag })),
        { ...auth, key: upload.key, uploadId: upload.uploadId, contentType: mimeType, addRandomSuffix: false, allowOverwrite: true },
      );
      return { sha256: null };
    },
    async abortUpload() {
      // Blob has no abort call: unfinished multipart uploads expire on their own.
    },
    async read(key, range?: ByteRange) {
      const result = await get(pathnameOf(key), {
        ...auth,
        useCache: false,
        headers: range ? { range: `bytes=${range.start}-${range.end}` } : undefined,
      });
      if (!result || result.statusCode !== 200) throw new Error(`Blob ${pathnameOf(key)} not found`);
      return Readable.fromWeb(result.stream as NodeReadableStream<Uint8Array>);
    },
    async remove(key) {
      await del(pathnameOf(key), auth);
    },
  };
}
