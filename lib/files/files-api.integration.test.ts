import { describe, expect, test } from "vitest";
import { validation } from "@/lib/purchases/purchase-test-support";
import { api, createTestOrg } from "@/test/factories";
import { createUpload, MiB, randomData, uploadedFileId } from "@/test/file-fixtures";

const UNAUTHORIZED = { error: "Unauthorized", detail: "Missing or invalid access token" };
const NOT_FOUND = { error: "ResourceNotFound", detail: "File not found" };

async function call(token: string | undefined, method: string, path: string, json?: unknown) {
  const res = await api(path, { method, token, json });
  const text = await res.text();
  return [res.status, text ? JSON.parse(text) : null] as const;
}

const create = (over: Record<string, unknown> = {}) => ({
  name: "a.zip",
  mime_type: "application/zip",
  size: 12 * MiB,
  service: "downloadable",
  ...over,
});

describe("files API", () => {
  test("list, get, rename, set a version, delete (204); deleted files leave the list", async () => {
    const { token } = await createTestOrg();
    const a = await uploadedFileId(token, randomData(100), { name: "a.zip" });
    const b = await uploadedFileId(token, randomData(100), { name: "b.zip" });
    const [s1, list] = await call(token, "GET", "/v1/files/");
    expect([s1, list.items.map((f: { id: string }) => f.id), list.pagination]).toEqual([200, [b, a], { total_count: 2, max_page: 1 }]);
    const [, filtered] = await call(token, "GET", `/v1/files/?ids=${a}`);
    expect(filtered.items.map((f: { id: string }) => f.id)).toEqual([a]);

    const [s2, patched] = await call(token, "PATCH", `/v1/files/${a}`, { name: "renamed.zip", version: "2.0" });
    expect([s2, patched.name, patched.version, patched.path.endsWith(`/${a}/renamed.zip`)]).toEqual([200, "renamed.zip", "2.0", true]);
    const [, cleared] = await call(token, "PATCH", `/v1/files/${a}`, { version: null });
    expect([cleared.name, cleared.version]).toEqual(["renamed.zip", null]);
    const [, got] = await call(token, "GET", `/v1/files/${a}`);
    expect(got).toEqual(cleared);

    expect(await call(token, "DELETE", `/v1/files/${a}`)).toEqual([204, null]);
    expect(await call(token, "GET", `/v1/files/${a}`)).toEqual([404, NOT_FOUND]);
    expect(await call(token, "DELETE", `/v1/files/${a}`)).toEqual([404, NOT_FOUND]);
    const [, after] = await call(token, "GET", "/v1/files/");
    expect(after.items.map((f: { id: string }) => f.id)).toEqual([b]);
  });

  test("bad input is a 422 with field detail", async () => {
    const { token } = await createTestOrg();
    expect(await call(token, "POST", "/v1/files/", create({ size: 10 * 1024 ** 3 + 1 }))).toEqual([
      422,
      validation([["body", "size"], "Files are limited to 10 GB (10,737,418,240 bytes)", "too_big"]),
    ]);
    expect(await call(token, "POST", "/v1/files/", create({ size: 0 }))).toEqual([422, validation([["body", "size"], "The file is empty", "too_small"])]);
    expect(await call(token, "POST", "/v1/files/", create({ service: "product_media" }))).toEqual([
      422,
      validation([["body", "service"], "Only downloadable files can be uploaded", "invalid_value"]),
    ]);
    expect(await call(token, "POST", "/v1/files/", create({ checksum_sha256_base64: "abc" }))).toEqual([
      422,
      validation([["body", "checksum_sha256_base64"], "Must be a base64-encoded SHA-256 digest (44 characters)", "invalid_format"]),
    ]);
    const gap = { parts: [{ number: 1, chunk_start: 0, chunk_end: 6 * MiB }, { number: 2, chunk_start: 6 * MiB + 1, chunk_end: 12 * MiB }] };
    expect(await call(token, "POST", "/v1/files/", create({ upload: gap }))).toEqual([
      422,
      validation([["body", "upload", "parts", 1, "chunk_start"], `Must be ${6 * MiB}: parts must be contiguous`]),
    ]);
    const small = { parts: [{ number: 1, chunk_start: 0, chunk_end: MiB }, { number: 2, chunk_start: MiB, chunk_end: 12 * MiB }] };
    expect(await call(token, "POST", "/v1/files/", create({ upload: small }))).toEqual([
      422,
      validation([["body", "upload", "parts", 0, "chunk_end"], "Every part but the last must be at least 5 MiB"]),
    ]);
    const short = { parts: [{ number: 1, chunk_start: 0, chunk_end: 6 * MiB }] };
    expect(await call(token, "POST", "/v1/files/", create({ upload: short }))).toEqual([
      422,
      validation([["body", "upload", "parts", 0, "chunk_end"], `The last part must end at the file size (${12 * MiB})`]),
    ]);
    expect(await call(token, "POST", "/v1/files/", create({ replaces_file_id: crypto.randomUUID() }))).toEqual([
      422,
      validation([["body", "replaces_file_id"], "File not found in this organization"]),
    ]);
    const file = await createUpload(token, randomData(10));
    expect(await call(token, "PATCH", `/v1/files/${file.id}`, { name: "" })).toEqual([
      422,
      validation([["body", "name"], "Too small: expected string to have >=1 characters", "too_small"]),
    ]);
    expect(await call(token, "PATCH", `/v1/files/${file.id}`, { size: 5 })).toEqual([422, validation([["body"], 'Unrecognized key: "size"', "unrecognized_keys"])]);
    expect(await call(token, "POST", `/v1/files/${file.id}/uploaded`, { id: "nope", path: file.upload.path, parts: [{ number: 1, checksum_etag: "x" }] })).toEqual([
      422,
      validation([["body", "id"], "Not the upload id of this file"]),
    ]);
    expect(await call(token, "POST", `/v1/files/${file.id}/uploaded`, { id: file.upload.id, path: file.upload.path, parts: [{ number: 1, checksum_etag: "x" }] })).toEqual([
      422,
      validation([["body", "parts", 0], "Part 1 has not been uploaded", "part_missing"]),
    ]);
    expect((await call(token, "GET", `/v1/files/${file.id}/download`))[1]).toEqual({
      error: "ResourceAlreadyExists",
      detail: "The file's upload is not complete",
      code: "not_uploaded",
    });
  });

  test("no token is 401 and another organization's file is 404, on every endpoint", async () => {
    const mine = await createTestOrg();
    const other = await createTestOrg();
    const id = await uploadedFileId(mine.token, randomData(100));
    const pending = await createUpload(mine.token, randomData(10));
    const complete = { id: pending.upload.id, path: pending.upload.path, parts: [{ number: 1, checksum_etag: "x" }] };
    const endpoints: [string, string, unknown?][] = [
      ["GET", `/v1/files/${id}`],
      ["PATCH", `/v1/files/${id}`, { name: "x" }],
      ["DELETE", `/v1/files/${id}`],
      ["GET", `/v1/files/${id}/download`],
      ["GET", `/v1/files/${id}/downloads`],
      ["POST", `/v1/files/${pending.id}/uploaded`, complete],
    ];
    for (const [method, path, json] of endpoints) {
      expect([method, path, ...(await call(undefined, method, path, json))]).toEqual([method, path, 401, UNAUTHORIZED]);
      expect([method, path, ...(await call(other.token, method, path, json))]).toEqual([method, path, 404, NOT_FOUND]);
    }
    expect(await call(undefined, "GET", "/v1/files/")).toEqual([401, UNAUTHORIZED]);
    expect(await call(undefined, "POST", "/v1/files/", create())).toEqual([401, UNAUTHORIZED]);
    const [, theirs] = await call(other.token, "GET", "/v1/files/");
    expect(theirs.items).toEqual([]);
    expect(await call(mine.token, "GET", "/v1/files/not-a-uuid")).toEqual([404, NOT_FOUND]);
    // Still there for its owner.
    expect((await call(mine.token, "GET", `/v1/files/${id}`))[0]).toBe(200);
  });

  test("the portal's downloadables need a customer session", async () => {
    const res = await api("/v1/customer-portal/downloadables/");
    expect([res.status, await res.json()]).toEqual([401, { error: "Unauthorized", detail: "A customer session token is required" }]);
    const { token } = await createTestOrg();
    const merchant = await api("/v1/customer-portal/downloadables/", { token });
    expect([merchant.status, await merchant.json()]).toEqual([401, { error: "Unauthorized", detail: "Invalid or expired customer session token" }]);
  });
});
