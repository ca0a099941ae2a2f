import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { MAX_PARTS, MIN_PART_BYTES, partSize, planParts } from "./plan-parts";
import { backoffMs, PartUploadError, withRetry } from "./retry";
import { sha256OfBlob } from "./sha256-blob";

describe("planParts", () => {
  it("covers the file with contiguous parts of at least 16 MiB, chunk_end exclusive", () => {
    const size = 50 * 1000 * 1000;
    const parts = planParts(size);
    expect(parts.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(parts[0]).toEqual({ number: 1, chunk_start: 0, chunk_end: MIN_PART_BYTES });
    expect(parts[1].chunk_start).toBe(parts[0].chunk_end);
    expect(parts.at(-1)!.chunk_end).toBe(size);
  });

  it("keeps a 10 GiB file within the part limit", () => {
    const size = 10 * 1024 ** 3;
    const parts = planParts(size);
    expect(parts.length).toBeLessThanOrEqual(MAX_PARTS);
    expect(parts.at(-1)!.chunk_end).toBe(size);
    expect(partSize(size)).toBe(MIN_PART_BYTES);
    expect(partSize(400 * 1024 ** 3)).toBeGreaterThan(MIN_PART_BYTES);
  });

  it("gives an empty file one empty part and a small file one part", () => {
    expect(planParts(0)).toEqual([{ number: 1, chunk_start: 0, chunk_end: 0 }]);
    expect(planParts(5)).toEqual([{ number: 1, chunk_start: 0, chunk_end: 5 }]);
  });
});

describe("sha256OfBlob", () => {
  it("hashes slice by slice to the same digest as a one-shot hash, reporting progress", async () => {
    const bytes = new Uint8Array(1_000_003).map((_, i) => (i * 31) % 251);
    const seen: number[] = [];
    const digest = await sha256OfBlob(new Blob([bytes]), { sliceBytes: 65_536, onProgress: (n) => seen.push(n) });
    expect(digest).toBe(createHash("sha256").update(bytes).digest("base64"));
    expect(seen.length).toBe(Math.ceil(bytes.length / 65_536));
    expect(seen.at(-1)).toBe(bytes.length);
  });

  it("hashes an empty file", async () => {
    expect(await sha256OfBlob(new Blob([]))).toBe(createHash("sha256").digest("base64"));
  });

  it("stops when aborted", async () => {
    const controller = new AbortController();
    controller.abort(new DOMException("stop", "AbortError"));
    await expect(sha256OfBlob(new Blob([new Uint8Array(10)]), { signal: controller.signal })).rejects.toThrow("stop");
  });
});

describe("withRetry", () => {
  it("retries a retryable failure and returns the later success", async () => {
    const attempt = vi
      .fn<(n: number) => Promise<string>>()
      .mockRejectedValueOnce(new PartUploadError("network error", 0, true))
      .mockRejectedValueOnce(new PartUploadError("busy", 503, true))
      .mockResolvedValueOnce("etag");
    const onRetry = vi.fn();
    await expect(withRetry(attempt, { delay: () => 1, onRetry })).resolves.toBe("etag");
    expect(attempt).toHaveBeenCalledTimes(3);
    expect(onRetry).toHaveBeenCalledTimes(2);
  });

  it("does not retry a failure that would repeat (4xx)", async () => {
    const attempt = vi.fn().mockRejectedValue(new PartUploadError("bad signature", 403, false));
    await expect(withRetry(attempt, { delay: () => 1 })).rejects.toThrow("bad signature");
    expect(attempt).toHaveBeenCalledTimes(1);
  });

  it("gives up after the given number of attempts with the last error", async () => {
    const attempt = vi.fn().mockRejectedValue(new PartUploadError("down", 502, true));
    await expect(withRetry(attempt, { attempts: 3, delay: () => 1 })).rejects.toThrow("down");
    expect(attempt).toHaveBeenCalledTimes(3);
  });

  it("backs off exponentially with jitter, capped", () => {
    expect(backoffMs(1, () => 0.5)).toBe(500);
    expect(backoffMs(3, () => 0.5)).toBe(2000);
    expect(backoffMs(10, () => 0.5)).toBe(8000);
    expect(backoffMs(1, () => 0)).toBe(400);
    expect(backoffMs(1, () => 1)).toBe(600);
  });
});
