import { ApiError } from "@/lib/api/errors";
import { DEFAULT_PART_SIZE, MAX_PART_SIZE, MAX_PARTS, MIN_PART_SIZE } from "@/lib/files/file-limits";
import type { CreatePartInput } from "@/lib/files/file-input";

export type PlannedPart = { number: number; start: number; end: number; checksumSha256: string | null };

/**
 * The parts of an upload: the client's, checked to tile the file exactly (numbered 1…n in order,
 * contiguous, ending at `size`, every part but the last at least 5 MiB as Blob and S3 require), or
 * — when it sent none — the file cut into DEFAULT_PART_SIZE parts.
 */
export function planUploadParts(size: number, parts: CreatePartInput[] | undefined): PlannedPart[] {
  if (!parts) {
    const count = Math.ceil(size / DEFAULT_PART_SIZE);
    return Array.from({ length: count }, (_, i) => ({
      number: i + 1,
      start: i * DEFAULT_PART_SIZE,
      end: Math.min(size, (i + 1) * DEFAULT_PART_SIZE),
      checksumSha256: null,
    }));
  }
  if (parts.length > MAX_PARTS) throw invalid([], `At most ${MAX_PARTS} parts`);
  let expectedStart = 0;
  for (const [i, part] of parts.entries()) {
    if (part.number !== i + 1) throw invalid([i, "number"], `Parts must be numbered 1, 2, 3… in order (expected ${i + 1})`);
    if (part.chunk_start !== expectedStart) throw invalid([i, "chunk_start"], `Must be ${expectedStart}: parts must be contiguous`);
    const length = part.chunk_end - part.chunk_start;
    if (length <= 0) throw invalid([i, "chunk_end"], "Must be greater than chunk_start (chunk_end is exclusive)");
    if (length > MAX_PART_SIZE) throw invalid([i, "chunk_end"], "A part is limited to 5 GiB");
    const isLast = i === parts.length - 1;
    if (!isLast && length < MIN_PART_SIZE) throw invalid([i, "chunk_end"], "Every part but the last must be at least 5 MiB");
    if (isLast && part.chunk_end !== size) throw invalid([i, "chunk_end"], `The last part must end at the file size (${size})`);
    expectedStart = part.chunk_end;
  }
  return parts.map((p) => ({ number: p.number, start: p.chunk_start, end: p.chunk_end, checksumSha256: p.checksum_sha256_base64 ?? null }));
}

function invalid(path: (string | number)[], msg: string): ApiError {
  return ApiError.invalid(["body", "upload", "parts", ...path], msg);
}
