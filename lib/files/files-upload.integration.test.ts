import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { anId, validation } from "@/lib/purchases/purchase-test-support";
import { api, createTestOrg } from "@/test/factories";
import { MiB, completeUpload, createUpload, putPart, randomData, sha256Base64, uploadFile } from "@/test/file-fixtures";

const download = (token: string, id: string, headers: Record<string, string> = {}) => api(`/v1/files/${id}/download`, { token, headers });

describe("multipart upload through the API", () => {
  test("a 50 MB file uploads in 10 MiB parts, completes with the server's SHA-256 and downloads byte-identical", async () => {
    const { token, org } = await createTestOrg();
    const data = randomData(50 * 1000 * 1000);
    const { file, status, body } = await uploadFile(token, data, { name: "dataset.csv", mimeType: "text/csv", partSize: 10 * MiB });
    expect(file.upload.parts.map((p) => [p.number, p.chunk_start, p.chunk_end])).toEqual([
      [1, 0, 10 * MiB],
      [2, 10 * MiB, 20 * MiB],
      [3, 20 * MiB, 30 * MiB],
      [4, 30 * MiB, 40 * MiB],
      [5, 40 * MiB, 50_000_000],
    ]);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: file.id,
      organization_id: org.id,
      name: "dataset.csv",
      path: `${org.id}/${file.id}/dataset.csv`,
      mime_type: "text/csv",
      size: 50_000_000,
      is_uploaded: true,
      service: "downloadable",
      checksum_sha256_base64: sha256Base64(data),
      checksum_sha256_hex: Buffer.from(sha256Base64(data), "base64").toString("hex"),
      size_readable: "47.7 MB",
    });
    expect(await db.fileUploadPart.count({ where: { fileId: file.id } })).toBe(0);

    const res = await download(token, file.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-length")).toBe("50000000");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="dataset.csv"; filename*=UTF-8''dataset.csv`);
    expect(Buffer.from(await res.arrayBuffer()).equals(data)).toBe(true);
  });

  test("without parts, the server splits the file into 16 MiB parts with 24-hour signed URLs", async () => {
    const { token, org } = await createTestOrg();
    const res = await api("/v1/files/", {
      method: "POST",
      token,
      json: { name: "big.iso", mime_type: "application/octet-stream", size: 10 * 1024 ** 3, service: "downloadable" },
    });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.upload.parts).toHaveLength(640);
    expect(body.upload.parts[639]).toMatchObject({ number: 640, chunk_start: 639 * 16 * MiB, chunk_end: 10 * 1024 ** 3, headers: {} });
    const hours = (Date.parse(body.upload.parts[0].expires_at) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(body).toMatchObject({ id: anId, organization_id: org.id, is_uploaded: false, size_readable: "10.0 GB", upload: { id: anId } });
    expect(body.upload.parts[0].url).toMatch(new RegExp(`/v1/files/${body.id}/parts/1\\?size=16777216&expires=\\d+&signature=`));
  });

  test("a file the server split uploads in 16 MiB parts: larger than what Next buffers for its proxy", async () => {
    const { token } = await createTestOrg();
    const data = randomData(20 * MiB);
    const { file, status, body } = await uploadFile(token, data);
    expect(file.upload.parts.map((p) => p.chunk_end - p.chunk_start)).toEqual([16 * MiB, 4 * MiB]);
    expect([status, body.checksum_sha256_base64]).toEqual([200, sha256Base64(data)]);
    expect(Buffer.from(await (await download(token, file.id)).arrayBuffer()).equals(data)).toBe(true);
  });

  test("a whole-file checksum that does not match refuses the file with a field error and discards the upload", async () => {
    const { token } = await createTestOrg();
    const data = randomData(6 * MiB);
    const wrong = sha256Base64(Buffer.from("something else"));
    const { file, status, body } = await uploadFile(token, data, { checksum: wrong, partSize: 5 * MiB });
    expect(status).toBe(422);
    expect(body).toEqual(
      validation([
        ["body", "checksum_sha256_base64"],
        `The uploaded file's SHA-256 (${sha256Base64(data)}) does not match the declared checksum (${wrong}): the file was refused and its upload discarded`,
        "checksum_mismatch",
      ]),
    );
    expect((await api(`/v1/files/${file.id}`, { token })).status).toBe(404);
    const row = await db.file.findUniqueOrThrow({ where: { id: file.id } });
    expect([row.isUploaded, row.deletedAt !== null]).toEqual([false, true]);
  });

  test("a part's bytes must match its length and declared SHA-256; a re-sent part replaces the earlier one", async () => {
    const { token } = await createTestOrg();
    const data = randomData(5 * MiB + 10);
    const res = await api("/v1/files/", {
      method: "POST",
      token,
      json: {
        name: "a.bin",
        mime_type: "application/octet-stream",
        size: data.length,
        checksum_sha256_base64: sha256Base64(data),
        service: "downloadable",
        upload: {
          parts: [
            { number: 1, chunk_start: 0, chunk_end: 5 * MiB, checksum_sha256_base64: sha256Base64(data.subarray(0, 5 * MiB)) },
            { number: 2, chunk_start: 5 * MiB, chunk_end: data.length },
          ],
        },
      },
    });
    const file = await res.json();
    const [p1, p2] = file.upload.parts;

    const corrupted = Buffer.from(data.subarray(0, 5 * MiB));
    corrupted[100] ^= 0xff;
    const [s1, b1] = await putPart(p1.url, corrupted);
    expect(s1).toBe(422);
    expect(b1).toEqual(
      validation([
        ["body", "checksum_sha256_base64"],
        `The part's SHA-256 is ${sha256Base64(corrupted)}, not the declared ${sha256Base64(data.subarray(0, 5 * MiB))}`,
        "part_mismatch",
      ]),
    );
    const [s2, b2] = await putPart(p2.url, data.subarray(5 * MiB, 5 * MiB + 4));
    expect([s2, b2]).toEqual([422, validation([["header", "Content-Length"], "This part is 10 bytes; the request has 4"])]);
    expect(await db.fileUploadPart.count({ where: { fileId: file.id } })).toBe(0);

    // Part 2 first with wrong bytes of the right length, then again with the right ones.
    expect((await putPart(p2.url, Buffer.alloc(10)))[0]).toBe(200);
    const [, second, etag2] = await putPart(p2.url, data.subarray(5 * MiB));
    expect(second).toEqual({ number: 2, checksum_etag: etag2!.replace(/"/g, ""), checksum_sha256_base64: sha256Base64(data.subarray(5 * MiB)) });
    const [, , etag1] = await putPart(p1.url, data.subarray(0, 5 * MiB));

    // Completing without every part, or with a stale ETag, is refused; then it completes.
    const partial = await completeUpload(token, file, [etag1!]);
    expect(partial).toEqual([422, validation([["body", "parts"], "2 parts were uploaded; list all of them"])]);
    const stale = await completeUpload(token, file, [etag1!, '"0123"']);
    expect(stale).toEqual([422, validation([["body", "parts", 1, "checksum_etag"], "Does not match the stored part 2 (upload it again, or send its ETag)"])]);
    const [status, body] = await completeUpload(token, file, [etag1!, etag2!]);
    expect([status, body.is_uploaded]).toEqual([200, true]);
    const again = await completeUpload(token, file, [etag1!, etag2!]);
    expect(again).toEqual([200, body]);
    expect(Buffer.from(await (await download(token, file.id)).arrayBuffer()).equals(data)).toBe(true);
    // The upload is over: its part URLs no longer take bytes.
    expect(await putPart(p1.url, data.subarray(0, 5 * MiB))).toEqual([
      409,
      { error: "Conflict", detail: "This file's upload is already complete", code: "upload_completed" },
      null,
    ]);
  });

  test("a tampered part URL is 403 and an expired one 410, before any byte is stored", async () => {
    const { token } = await createTestOrg();
    const data = randomData(1000);
    const file = await createUpload(token, data);
    const url = new URL(file.upload.parts[0].url);
    const bigger = new URL(url);
    bigger.searchParams.set("size", "2000");
    expect(await putPart(bigger.toString(), randomData(2000))).toEqual([
      403,
      { error: "NotPermitted", detail: "This upload URL is invalid", code: "invalid_signature" },
      null,
    ]);
    const otherPart = new URL(url.toString().replace("/parts/1?", "/parts/2?"));
    expect((await putPart(otherPart.toString(), data))[0]).toBe(403);

    const { partUrl } = await import("@/lib/files/part-url");
    const expired = partUrl(new URL(url).origin, { fileId: file.id, number: 1, size: 1000, checksumSha256: null }, Date.now() - 25 * 3_600_000);
    expect(await putPart(expired.url, data)).toEqual([
      410,
      { error: "Gone", detail: "This upload URL has expired: create the file again", code: "expired" },
      null,
    ]);
    expect(await db.fileUploadPart.count({ where: { fileId: file.id } })).toBe(0);
  });
});
