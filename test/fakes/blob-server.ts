// A local server that speaks the parts of Vercel Blob's HTTP API that @vercel/blob uses — the API
// (VERCEL_BLOB_API_URL: multipart create / upload part / complete, put, head, delete) and the
// store host that `get` reads from (with Range) — so the real client can be tested offline.
// Blobs and parts are kept on disk in a temporary folder and streamed, like the real thing.
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

type StoredBlob = { file: string; size: number; contentType: string; etag: string; uploadedAt: Date };
type Upload = { pathname: string; key: string; contentType: string; parts: Map<number, { file: string; etag: string }> };

export const FAKE_STORE_ID = "fakestore123";
export const FAKE_BLOB_TOKEN = `vercel_blob_rw_${FAKE_STORE_ID}_secret`;

export type FakeBlobServer = {
  url: string;
  blobs: Map<string, StoredBlob>;
  uploads: Map<string, Upload>;
  /** Rewrites the client's store URLs (https://<store>.<access>.blob.vercel-storage.com/…) to this server. */
  storeUrl: (url: string) => string | null;
  close: () => Promise<void>;
};

export async function startFakeBlobServer(token = FAKE_BLOB_TOKEN): Promise<FakeBlobServer> {
  const dir = await mkdtemp(path.join(tmpdir(), "fake-blob-"));
  const blobs = new Map<string, StoredBlob>();
  const uploads = new Map<string, Upload>();
  const newFile = () => path.join(dir, randomBytes(8).toString("hex"));
  let base = "";

  /** Streams the request body to a file; resolves to its size and md5 (Blob's ETag style). */
  async function receive(req: IncomingMessage, file: string) {
    const md5 = createHash("md5");
    let size = 0;
    const counting = new Transform({
      transform(chunk: Buffer, _e, done) {
        size += chunk.length;
        md5.update(chunk);
        done(null, chunk);
      },
    });
    await pipeline(req, counting, createWriteStream(file));
    return { size, etag: md5.digest("hex") };
  }

  const blobResult = (pathname: string, b: StoredBlob) => ({
    url: `https://${FAKE_STORE_ID}.private.blob.vercel-storage.com/${pathname}`,
    downloadUrl: `https://${FAKE_STORE_ID}.private.blob.vercel-storage.com/${pathname}?download=1`,
    pathname,
    contentType: b.contentType,
    contentDisposition: `attachment; filename="${path.basename(pathname)}"`,
    etag: `"${b.etag}"`,
  });

  function json(res: ServerResponse, status: number, body: unknown) {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  }
  const readJson = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  };
  const pathnameOf = (urlOrPathname: string) =>
    urlOrPathname.startsWith("https://") ? decodeURIComponent(new URL(urlOrPathname).pathname.slice(1)) : urlOrPathname;

  async function api(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (req.headers.authorization !== `Bearer ${token}`) return json(res, 403, { error: { code: "forbidden", message: "Access denied" } });
    const pathname = url.searchParams.get("pathname") ?? "";
    if (url.pathname === "/mpu" && req.method === "POST") {
      const action = req.headers["x-mpu-action"];
      if (action === "create") {
        const upload = { pathname, key: `key-${randomBytes(6).toString("hex")}`, contentType: String(req.headers["x-content-type"] ?? "application/octet-stream"), parts: new Map() };
        const uploadId = `upload-${randomBytes(6).toString("hex")}`;
        uploads.set(uploadId, upload);
        return json(res, 200, { key: upload.key, uploadId });
      }
      const upload = uploads.get(String(req.headers["x-mpu-upload-id"]));
      if (!upload || decodeURIComponent(String(req.headers["x-mpu-key"])) !== upload.key) {
        return json(res, 404, { error: { code: "not_found", message: "Upload not found" } });
      }
      if (action === "upload") {
        const number = Number(req.headers["x-mpu-part-number"]);
        const file = newFile();
        const { etag } = await receive(req, file);
        upload.parts.set(number, { file, etag });
        return json(res, 200, { etag });
      }
      if (action === "complete") {
        const parts = (await readJson(req)) as { partNumber: number; etag: string }[];
        for (const p of parts) {
          if (upload.parts.get(p.partNumber)?.etag !== p.etag) return json(res, 400, { error: { code: "bad_request", message: `Part ${p.partNumber} mismatch` } });
        }
        const file = newFile();
        const md5 = createHash("md5");
        async function* joined() {
          for (const p of parts) for await (const c of createReadStream(upload!.parts.get(p.partNumber)!.file)) {
            md5.update(c as Buffer);
            yield c as Buffer;
          }
        }
        await pipeline(joined, createWriteStream(file));
        const blob = { file, size: (await stat(file)).size, contentType: upload.contentType, etag: md5.digest("hex"), uploadedAt: new Date() };
        blobs.set(upload.pathname, blob);
        uploads.delete(String(req.headers["x-mpu-upload-id"]));
        return json(res, 200, blobResult(upload.pathname, blob));
      }
    }
    if (url.pathname === "/" && req.method === "PUT") {
      const file = newFile();
      const { size, etag } = await receive(req, file);
      const blob = { file, size, contentType: String(req.headers["x-content-type"] ?? "application/octet-stream"), etag, uploadedAt: new Date() };
      blobs.set(pathname, blob);
      return json(res, 200, blobResult(pathname, blob));
    }
    if (url.pathname === "/" && req.method === "GET") {
      const target = pathnameOf(url.searchParams.get("url") ?? "");
      const blob = blobs.get(target);
      if (!blob) return json(res, 404, { error: { code: "not_found", message: "The requested blob does not exist" } });
      return json(res, 200, { ...blobResult(target, blob), size: blob.size, uploadedAt: blob.uploadedAt.toISOString(), cacheControl: "public, max-age=0" });
    }
    if (url.pathname === "/delete" && req.method === "POST") {
      const { urls } = (await readJson(req)) as { urls: string[] };
      for (const u of urls) blobs.delete(pathnameOf(u));
      return json(res, 200, {});
    }
    return json(res, 404, { error: { code: "not_found", message: `No route ${req.method} ${url.pathname}` } });
  }

  /** The store host: GET a blob, honouring one Range. */
  async function store(req: IncomingMessage, res: ServerResponse, pathname: string) {
    if (req.headers.authorization !== `Bearer ${token}`) return json(res, 403, { error: { code: "forbidden" } });
    const blob = blobs.get(pathname);
    if (!blob) return json(res, 404, { error: { code: "not_found" } });
    const match = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers.range ?? ""));
    const start = match ? Number(match[1]) : 0;
    const end = match && match[2] ? Math.min(Number(match[2]), blob.size - 1) : blob.size - 1;
    const headers = {
      "content-type": blob.contentType,
      "content-length": String(end - start + 1),
      etag: `"${blob.etag}"`,
      "last-modified": blob.uploadedAt.toUTCString(),
      ...(match ? { "content-range": `bytes ${start}-${end}/${blob.size}` } : {}),
    };
    res.writeHead(match ? 206 : 200, headers);
    await pipeline(createReadStream(blob.file, { start, end }), res);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fake");
    const work = url.pathname.startsWith("/__store/") ? store(req, res, decodeURIComponent(url.pathname.slice("/__store/".length))) : api(req, res, url);
    work.catch((err) => {
      if (!res.headersSent) json(res, 500, { error: { code: "internal", message: String(err) } });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    blobs,
    uploads,
    storeUrl(url) {
      const u = new URL(url);
      if (!u.hostname.endsWith(".blob.vercel-storage.com")) return null;
      return `${base}/__store${u.pathname}${u.search}`;
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
