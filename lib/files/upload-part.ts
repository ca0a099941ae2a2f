import { createHash } from "node:crypto";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db";
import { MAX_PARTS } from "@/lib/files/file-limits";
import { FileLinkError } from "@/lib/files/link-error";
import { verifyPartUrl } from "@/lib/files/part-url";
import { storageFor } from "@/lib/files/storage";

export type UploadPartRequest = {
  fileId: string;
  number: string;
  query: URLSearchParams;
  body: ReadableStream<Uint8Array> | null;
  contentLength: string | null;
};

/**
 * Stores one part's bytes, streamed from the request to the storage driver, after checking the
 * signed URL (when the request starts: a slow part never expires midway). The bytes must be
 * exactly the part's length and, when a SHA-256 was declared for the part, hash to it; otherwise
 * nothing is kept. Sending a part again replaces it, so a failed part is simply retried.
 */
export async function uploadPart(db: Db, req: UploadPartRequest) {
  const number = Number(req.number);
  if (!Number.isInteger(number) || number < 1 || number > MAX_PARTS) throw ApiError.notFound("Upload part");
  const check = verifyPartUrl(req.fileId, number, req.query);
  if (!check.ok) {
    if (check.reason === "expired") throw new FileLinkError(410, "expired", "This upload URL has expired: create the file again");
    throw new FileLinkError(403, "invalid_signature", "This upload URL is invalid");
  }
  const { size, checksumSha256 } = check.part;
  const file = await db.file.findFirst({
    where: { id: req.fileId, deletedAt: null },
    select: { storageDriver: true, storageKey: true, uploadId: true, isUploaded: true },
  });
  if (!file || !file.uploadId) throw ApiError.notFound("File");
  if (file.isUploaded) throw new FileLinkError(409, "upload_completed", "This file's upload is already complete");
  if (req.contentLength !== null && Number(req.contentLength) !== size) {
    throw ApiError.invalid(["header", "Content-Length"], `This part is ${size} bytes; the request has ${req.contentLength}`);
  }
  if (!req.body) throw ApiError.invalid(["body"], "The part's bytes are required", "missing");

  const sha256 = createHash("sha256");
  let received = 0;
  let partDigest = "";
  const metered = new Transform({
    transform(chunk: Buffer, _enc, done) {
      received += chunk.length;
      if (received > size) return done(new PartMismatch(`More than the part's ${size} bytes were sent`));
      sha256.update(chunk);
      done(null, chunk);
    },
    // Fails the write (so the driver keeps nothing) before the part counts as stored.
    flush(done) {
      if (received !== size) return done(new PartMismatch(`The part is ${size} bytes; ${received} were sent`));
      const digest = sha256.digest("base64");
      if (checksumSha256 && digest !== checksumSha256) {
        return done(new PartMismatch(`The part's SHA-256 is ${digest}, not the declared ${checksumSha256}`, "checksum_sha256_base64"));
      }
      partDigest = digest;
      done();
    },
  });
  // pipeline (not pipe) so a client that hangs up mid-part fails the write instead of stalling it.
  pipeline(Readable.fromWeb(req.body as NodeReadableStream<Uint8Array>), metered).catch(() => {});
  const body = metered;
  let etag: string;
  try {
    ({ etag } = await storageFor(file.storageDriver).writePart({ key: file.storageKey, uploadId: file.uploadId, number, body }));
  } catch (err) {
    if (err instanceof PartMismatch) throw ApiError.invalid(["body", ...(err.field ? [err.field] : [])], err.message, "part_mismatch");
    throw err;
  }
  const digest = partDigest;
  await db.fileUploadPart.upsert({
    where: { fileId_number: { fileId: req.fileId, number } },
    create: { fileId: req.fileId, number, size: BigInt(size), etag, checksumSha256: digest },
    update: { size: BigInt(size), etag, checksumSha256: digest, createdAt: new Date() },
  });
  return { number, checksum_etag: etag, checksum_sha256_base64: digest };
}

class PartMismatch extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
