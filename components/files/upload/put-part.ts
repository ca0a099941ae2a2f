import type { CompletedPart, UploadPart } from "../files-api";
import { isRetryableStatus, PartUploadError } from "./retry";

function serverMessage(xhr: XMLHttpRequest): string | null {
  try {
    const body = JSON.parse(xhr.responseText) as { detail?: unknown };
    if (typeof body.detail === "string") return body.detail;
    if (Array.isArray(body.detail)) return body.detail.map((d: { msg?: string }) => d.msg).join(" ");
  } catch {
    // not JSON: fall through to the generic message
  }
  return null;
}

// A part whose connection shows no progress (and no answer) for this long is abandoned and
// retried: a fixed timeout would cut slow but healthy uploads of big parts.
export const STALL_MS = 60_000;

/**
 * PUTs one part's bytes to its signed URL with XMLHttpRequest (fetch has no upload progress),
 * reporting bytes sent. Resolves with what completion needs: the part's number and ETag.
 */
export function putPart(
  part: UploadPart,
  body: Blob,
  { onProgress, signal, stallMs = STALL_MS }: { onProgress?: (sent: number) => void; signal?: AbortSignal; stallMs?: number } = {},
): Promise<CompletedPart> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let stalled: ReturnType<typeof setTimeout> | undefined;
    const watch = () => {
      clearTimeout(stalled);
      stalled = setTimeout(() => {
        xhr.onabort = null;
        xhr.abort();
        reject(new PartUploadError(`Part ${part.number}: the connection stalled`, 0, true));
      }, stallMs);
    };
    xhr.onloadend = () => clearTimeout(stalled);
    xhr.open("PUT", part.url);
    for (const [name, value] of Object.entries(part.headers ?? {})) {
      // The browser sets Content-Length itself and refuses to be told it.
      if (name.toLowerCase() !== "content-length") xhr.setRequestHeader(name, value);
    }
    xhr.upload.onprogress = (e) => {
      watch();
      onProgress?.(e.loaded);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        let json: { checksum_etag?: string; checksum_sha256_base64?: string | null } = {};
        try {
          json = JSON.parse(xhr.responseText);
        } catch {
          // an ETag header alone is enough
        }
        const etag = xhr.getResponseHeader("ETag") ?? json.checksum_etag;
        if (!etag) return reject(new PartUploadError(`Part ${part.number}: the server sent no ETag`, xhr.status, true));
        onProgress?.(body.size);
        return resolve({ number: part.number, checksum_etag: etag, checksum_sha256_base64: json.checksum_sha256_base64 ?? part.checksum_sha256_base64 ?? null });
      }
      const message = serverMessage(xhr) ?? `Part ${part.number} failed (HTTP ${xhr.status})`;
      reject(new PartUploadError(message, xhr.status, isRetryableStatus(xhr.status)));
    };
    xhr.onerror = () => reject(new PartUploadError(`Part ${part.number}: network error`, 0, true));
    xhr.ontimeout = () => reject(new PartUploadError(`Part ${part.number}: timed out`, 0, true));
    signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.onabort = () => reject(signal?.reason ?? new DOMException("Upload cancelled", "AbortError"));
    xhr.send(body);
    watch();
  });
}
