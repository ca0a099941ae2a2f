import { createHash, randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { head, put } from "@vercel/blob";
import { Agent, getGlobalDispatcher, setGlobalDispatcher, type Dispatcher } from "undici";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { blobDriver } from "@/lib/files/storage/blob-driver";
import { FAKE_BLOB_TOKEN, startFakeBlobServer, type FakeBlobServer } from "@/test/fakes/blob-server";

// The real @vercel/blob client against test/fakes/blob-server.ts: its API calls go to
// VERCEL_BLOB_API_URL; `get` reads from the store's host (through undici, @vercel/blob's fetch),
// which this test routes to the fake with undici's global dispatcher.
let fake: FakeBlobServer;
const realDispatcher = getGlobalDispatcher();

class StoreRouter extends Agent {
  dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandlers): boolean {
    const routed = fake.storeUrl(`${options.origin}${options.path}`);
    if (!routed) return super.dispatch(options, handler);
    const url = new URL(routed);
    return super.dispatch({ ...options, origin: url.origin, path: `${url.pathname}${url.search}` }, handler);
  }
}
const saved = { api: process.env.VERCEL_BLOB_API_URL, token: process.env.BLOB_READ_WRITE_TOKEN };

beforeAll(async () => {
  fake = await startFakeBlobServer();
  process.env.VERCEL_BLOB_API_URL = fake.url;
  process.env.BLOB_READ_WRITE_TOKEN = FAKE_BLOB_TOKEN;
  setGlobalDispatcher(new StoreRouter());
});

afterAll(async () => {
  setGlobalDispatcher(realDispatcher);
  process.env.VERCEL_BLOB_API_URL = saved.api;
  process.env.BLOB_READ_WRITE_TOKEN = saved.token;
  await fake.close();
});

const MiB = 1024 * 1024;
const key = () => `${crypto.randomUUID()}/${crypto.randomUUID()}`;
async function readAll(stream: Readable) {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

describe("blob storage driver (the real @vercel/blob client against the fake Blob server)", () => {
  test("a multipart upload streams its parts, a re-sent part replaces the first, and reads honour ranges", async () => {
    const driver = blobDriver();
    const k = key();
    const data = randomBytes(5 * MiB + 1234);
    const uploadId = await driver.startUpload(k, "application/zip");
    expect(fake.uploads.size).toBeGreaterThanOrEqual(1);

    const p1 = await driver.writePart({ key: k, uploadId, number: 1, body: Readable.from([data.subarray(0, 5 * MiB)]) });
    await driver.writePart({ key: k, uploadId, number: 2, body: Readable.from([Buffer.alloc(1234)]) });
    const p2 = await driver.writePart({ key: k, uploadId, number: 2, body: Readable.from([data.subarray(5 * MiB)]) });
    expect(p1.etag).toBe(createHash("md5").update(data.subarray(0, 5 * MiB)).digest("hex"));

    const done = await driver.finishUpload({ key: k, uploadId, mimeType: "application/zip", parts: [{ number: 1, etag: p1.etag }, { number: 2, etag: p2.etag }] });
    expect(done).toEqual({ sha256: null });
    expect(fake.blobs.get(`files/${k}`)).toMatchObject({ size: data.length, contentType: "application/zip" });

    expect((await readAll(await driver.read(k))).equals(data)).toBe(true);
    expect((await readAll(await driver.read(k, { start: 5 * MiB - 10, end: 5 * MiB + 9 }))).equals(data.subarray(5 * MiB - 10, 5 * MiB + 10))).toBe(true);

    await driver.remove(k);
    expect(fake.blobs.has(`files/${k}`)).toBe(false);
    await expect(driver.read(k)).rejects.toThrow(`Blob files/${k} not found`);
  });

  test("completing with a stale part ETag fails in Blob, so the driver never joins the wrong bytes", async () => {
    const driver = blobDriver();
    const k = key();
    const uploadId = await driver.startUpload(k, "text/plain");
    await driver.writePart({ key: k, uploadId, number: 1, body: Readable.from([Buffer.from("hello")]) });
    await expect(driver.finishUpload({ key: k, uploadId, mimeType: "text/plain", parts: [{ number: 1, etag: "stale" }] })).rejects.toThrow("Vercel Blob: Part 1 mismatch");
    expect(fake.blobs.has(`files/${k}`)).toBe(false);
  });

  test("the fake speaks put and head like Blob, and refuses another token", async () => {
    const pathname = `check/${crypto.randomUUID()}.txt`;
    const result = await put(pathname, "hello blob", { access: "private", addRandomSuffix: false, contentType: "text/plain" });
    expect(result.pathname).toBe(pathname);
    const meta = await head(pathname);
    expect([meta.size, meta.contentType]).toEqual([10, "text/plain"]);
    await expect(blobDriver("vercel_blob_rw_fakestore123_wrong").startUpload(key(), "text/plain")).rejects.toThrow("Access denied");
  });
});
