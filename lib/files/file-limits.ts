/** 10 GiB: the largest file a merchant may upload. */
export const MAX_FILE_SIZE = 10 * 1024 ** 3;
/** S3 and Vercel Blob multipart rules: at most 10,000 parts, each at least 5 MiB but the last. */
export const MAX_PARTS = 10_000;
export const MIN_PART_SIZE = 5 * 1024 ** 2;
export const MAX_PART_SIZE = 5 * 1024 ** 3;
/** What the server picks when the client does not split the file itself (≤ 640 parts at 10 GiB). */
export const DEFAULT_PART_SIZE = 16 * 1024 ** 2;
/**
 * How long a part URL stays valid, checked when the upload of the part starts: long enough that
 * a slow 10 GB upload never outlives it (Polar's short-lived S3 URLs broke 2 GB+ uploads).
 */
export const PART_URL_TTL_SECONDS = 24 * 60 * 60;

/** How long a customer's download link works (env DOWNLOAD_URL_TTL_SECONDS, default one hour). */
export function downloadUrlTtlSeconds(): number {
  const raw = Number(process.env.DOWNLOAD_URL_TTL_SECONDS);
  return Number.isInteger(raw) && raw > 0 ? raw : 60 * 60;
}
