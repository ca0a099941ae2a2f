// How a file is cut into upload parts. The server accepts up to 10,000 parts per file, so big
// files get bigger parts; a part's `chunk_end` is exclusive (Blob.slice(chunk_start, chunk_end)).

export const MIN_PART_BYTES = 16 * 1024 * 1024;
export const MAX_PARTS = 10_000;
export const MAX_FILE_BYTES = 10 * 1024 ** 3;

export type PlannedPart = { number: number; chunk_start: number; chunk_end: number };

export function partSize(size: number): number {
  const MiB = 1024 * 1024;
  return Math.max(MIN_PART_BYTES, Math.ceil(size / MAX_PARTS / MiB) * MiB);
}

/** Parts numbered from 1 covering [0, size) without gaps; one empty part for an empty file. */
export function planParts(size: number): PlannedPart[] {
  if (size === 0) return [{ number: 1, chunk_start: 0, chunk_end: 0 }];
  const each = partSize(size);
  const parts: PlannedPart[] = [];
  for (let start = 0, number = 1; start < size; start += each, number += 1) {
    parts.push({ number, chunk_start: start, chunk_end: Math.min(start + each, size) });
  }
  return parts;
}
