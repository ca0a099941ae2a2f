import { sha256 } from "@noble/hashes/sha2.js";

// WebCrypto's digest() wants the whole input at once; an incremental hasher lets a 10 GB file be
// hashed a slice at a time, so only one slice is ever in memory.
export const HASH_SLICE_BYTES = 8 * 1024 * 1024;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/**
 * The SHA-256 of a Blob (a File), base64 as the files API declares it. Reads `File.slice` by
 * slice; reports bytes hashed so far; stops with an AbortError when `signal` fires.
 */
export async function sha256OfBlob(
  blob: Blob,
  { onProgress, signal, sliceBytes = HASH_SLICE_BYTES }: { onProgress?: (hashed: number) => void; signal?: AbortSignal; sliceBytes?: number } = {},
): Promise<string> {
  const hasher = sha256.create();
  for (let start = 0; start < blob.size; start += sliceBytes) {
    signal?.throwIfAborted();
    const slice = new Uint8Array(await blob.slice(start, Math.min(start + sliceBytes, blob.size)).arrayBuffer());
    hasher.update(slice);
    onProgress?.(Math.min(start + sliceBytes, blob.size));
  }
  signal?.throwIfAborted();
  return bytesToBase64(hasher.digest());
}
