import type { Readable } from "node:stream";

/** An inclusive byte range, as HTTP's Range header counts. */
export type ByteRange = { start: number; end: number };

/**
 * Where file bytes live. The app never knows which driver it talks to: lib/files/storage/index.ts
 * picks one from the environment. Everything streams: no method holds a whole file or part.
 * `key` is the File's storageKey; `uploadId` is the driver's own token for a multipart upload.
 */
export interface StorageDriver {
  readonly name: "local" | "blob";
  startUpload(key: string, mimeType: string): Promise<string>;
  /** Stores one part, replacing an earlier copy of it; `body` yields exactly the part's bytes. */
  writePart(input: { key: string; uploadId: string; number: number; body: Readable }): Promise<{ etag: string }>;
  /**
   * Joins the parts, in order, into the file. May return the file's SHA-256 when it read every
   * byte while joining; otherwise the caller reads the file back to hash it.
   */
  finishUpload(input: { key: string; uploadId: string; mimeType: string; parts: { number: number; etag: string }[] }): Promise<{ sha256: Buffer | null }>;
  /** Drops an unfinished upload's parts. */
  abortUpload(key: string, uploadId: string): Promise<void>;
  /** The file's bytes, or `range` of them. */
  read(key: string, range?: ByteRange): Promise<Readable>;
  /** Deletes the file and anything left of its upload. Deleting what is not there is fine. */
  remove(key: string): Promise<void>;
}
