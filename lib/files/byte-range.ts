import type { ByteRange } from "@/lib/files/storage/storage-driver";

export type RangeDecision = { kind: "full" } | { kind: "partial"; range: ByteRange } | { kind: "unsatisfiable" };

/**
 * What a request's Range (and If-Range) asks of a `size`-byte file. One range is served; several,
 * or one that does not parse, are ignored (RFC 9110 allows serving the whole file instead), as is
 * a Range whose If-Range names another version of the file.
 */
export function decideRange(headers: Headers, size: number, validators: { etag: string; lastModified: string }): RangeDecision {
  const header = headers.get("range");
  if (!header) return { kind: "full" };
  const ifRange = headers.get("if-range");
  if (ifRange !== null && ifRange !== validators.etag && ifRange !== validators.lastModified) return { kind: "full" };
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === "" && match[2] === "")) return { kind: "full" };
  const [, first, last] = match;
  if (first === "") {
    // bytes=-N: the last N bytes.
    const suffix = Number(last);
    if (suffix === 0) return { kind: "unsatisfiable" };
    return { kind: "partial", range: { start: Math.max(0, size - suffix), end: size - 1 } };
  }
  const start = Number(first);
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== "" && Number(last) < start) return { kind: "full" };
  if (start >= size) return { kind: "unsatisfiable" };
  return { kind: "partial", range: { start, end } };
}
