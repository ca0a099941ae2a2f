// bench/files: upload and download of a 1 GiB file through the running app (the production
// server, `tsx server/index.ts` on a `next build`), beside `cat` of the same file to /dev/null.
// Prints throughput and the peak RSS growth of the server's process tree (VmRSS of every process
// in it, sampled every 50 ms) during each phase. Targets: RSS growth < 64 MB for both; download
// ≥ half of cat's throughput. Numbers, not pass/fail.
//   BENCH_FILE_MB (1024) size of the file · BENCH_APP_PORT (3393) · BENCH_REBUILD=1 forces a build
//   BENCH_DATABASE_URL (postgresql://postgres@127.0.0.1:5432/benefactor_bench_files)
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { Readable } from "node:stream";
import { freshDatabase, isBuildStale, root, run, serve, waitFor } from "./bench-kit.mjs";

const require = createRequire(import.meta.url);
const NEXT = require.resolve("next/dist/bin/next");
const TSX = require.resolve("tsx/cli");
const DIST = ".next-bench-files";
const SIZE = Number(process.env.BENCH_FILE_MB ?? 1024) * 1024 * 1024;
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3393);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/benefactor_bench_files";
const WORK = path.join(root, ".data", "bench-files");
const SOURCE = path.join(WORK, "source.bin");
const BASE = `http://127.0.0.1:${APP_PORT}`;

/** Summed VmRSS (bytes) of `pid` and all its descendants. */
function treeRss(pid) {
  const children = new Map();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  for (const queue = [pid]; queue.length > 0; ) {
    const p = queue.pop();
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"))?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      // gone
    }
    queue.push(...(children.get(p) ?? []));
  }
  return total;
}

/** Runs `fn` while sampling the server tree's RSS; returns its result, seconds taken and peak growth. */
async function measured(pid, fn) {
  const before = treeRss(pid);
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(pid))), 50);
  const started = process.hrtime.bigint();
  try {
    const result = await fn();
    return { result, seconds: Number(process.hrtime.bigint() - started) / 1e9, growth: peak - before, before };
  } finally {
    clearInterval(timer);
  }
}

async function makeSource() {
  fs.mkdirSync(WORK, { recursive: true });
  const hash = createHash("sha256");
  const out = fs.createWriteStream(SOURCE);
  const chunk = 8 * 1024 * 1024;
  for (let written = 0; written < SIZE; written += chunk) {
    const bytes = randomBytes(Math.min(chunk, SIZE - written));
    hash.update(bytes);
    if (!out.write(bytes)) await new Promise((r) => out.once("drain", r));
  }
  await new Promise((r) => out.end(r));
  return hash.digest("base64");
}

async function api(token, method, p, json) {
  const res = await fetch(`${BASE}${p}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(json ? { "content-type": "application/json" } : {}) },
    body: json ? JSON.stringify(json) : undefined,
  });
  const body = await res.json();
  if (!res.ok) throw new Error(`${method} ${p} → ${res.status} ${JSON.stringify(body)}`);
  return body;
}

async function upload(token, checksum) {
  const file = await api(token, "POST", "/v1/files/", {
    name: "bench-1g.bin", mime_type: "application/octet-stream", size: SIZE, checksum_sha256_base64: checksum, service: "downloadable",
  });
  const parts = [];
  const partsStarted = process.hrtime.bigint();
  for (const part of file.upload.parts) {
    const body = Readable.toWeb(fs.createReadStream(SOURCE, { start: part.chunk_start, end: part.chunk_end - 1, highWaterMark: 1024 * 1024 }));
    const res = await fetch(part.url, { method: "PUT", body, duplex: "half", headers: { "content-length": String(part.chunk_end - part.chunk_start) } });
    if (res.status !== 200) throw new Error(`part ${part.number} → ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
    parts.push({ number: part.number, checksum_etag: res.headers.get("etag") });
  }
  const partsSeconds = Number(process.hrtime.bigint() - partsStarted) / 1e9;
  const completeStarted = process.hrtime.bigint();
  const done = await api(token, "POST", `/v1/files/${file.id}/uploaded`, { id: file.upload.id, path: file.upload.path, parts });
  const completeSeconds = Number(process.hrtime.bigint() - completeStarted) / 1e9;
  return { file: done, partsSeconds, completeSeconds, partCount: parts.length };
}

async function downloadUrl(seed, fileId) {
  const benefit = await api(seed.token, "POST", "/v1/benefits/", { type: "downloadables", description: "Bench files", properties: { files: [fileId] } });
  const product = await api(seed.token, "POST", "/v1/products/", {
    name: "Bench download", prices: [{ amount_type: "fixed", price_amount: 1000, price_currency: "usd" }],
  });
  await api(seed.token, "POST", `/v1/products/${product.id}/benefits`, { benefits: [benefit.id] });
  await api(seed.token, "POST", "/v1/orders/", { customer_id: seed.customer_id, product_id: product.id });
  const session = await api(seed.token, "POST", "/v1/customer-sessions/", { customer_id: seed.customer_id });
  const list = await api(session.token, "GET", "/v1/customer-portal/downloadables/");
  return list.items[0].file.download.url;
}

// The download is driven by curl when the machine has it, as a customer's downloader would: the
// client's own cost stays out of the measurement (Node's fetch alone tops out near 300 MiB/s
// here). Without curl, node:http, which reads at about twice fetch's speed.
const CURL = ["/usr/bin/curl", "/bin/curl"].find((p) => fs.existsSync(p));

async function download(url) {
  if (CURL) {
    const out = await run(CURL, ["-sS", "-o", "/dev/null", "-D", "-", "-w", "size %{size_download} status %{http_code}\n", url], {}, { capture: true });
    const status = Number(/status (\d+)/.exec(out)?.[1]);
    if (status !== 200) throw new Error(`download → ${status}`);
    return { bytes: Number(/size (\d+)/.exec(out)?.[1]), contentLength: Number(/content-length: (\d+)/i.exec(out)?.[1]) };
  }
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`download → ${res.statusCode}`));
      let bytes = 0;
      res.on("data", (chunk) => (bytes += chunk.length));
      res.on("end", () => resolve({ bytes, contentLength: Number(res.headers["content-length"]) }));
      res.on("error", reject);
    }).on("error", reject);
  });
}

/**
 * The floor for a download over HTTP on this machine: a bare node:http server streaming the same
 * stored file (fs stream, 1 MiB reads, the app's read size) to the same client. Resolves to seconds.
 */
async function bareNodeDownload(file) {
  const server = http.createServer((req, res) => {
    res.writeHead(200, { "content-length": fs.statSync(file).size });
    fs.createReadStream(file, { highWaterMark: 1024 * 1024 }).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const started = process.hrtime.bigint();
    const got = await download(`http://127.0.0.1:${server.address().port}/`);
    if (got.bytes !== SIZE) throw new Error(`bare server sent ${got.bytes} bytes`);
    return Number(process.hrtime.bigint() - started) / 1e9;
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

function catToDevNull() {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn("cat", [SOURCE], { stdio: ["ignore", fs.openSync("/dev/null", "w"), "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve(Number(process.hrtime.bigint() - started) / 1e9) : reject(new Error(`cat exited ${code}`))));
  });
}

if (process.env.BENCH_REBUILD === "1" || isBuildStale(DIST)) {
  console.log(`building the app into ${DIST} …`);
  await run(process.execPath, [NEXT, "build"], { NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" });
}
await freshDatabase(DATABASE_URL);
const seed = JSON.parse((await run(process.execPath, [TSX, "bench/files-seed.mjs"], { DATABASE_URL, JOBS_RUNNER: "off" }, { capture: true })).trim().split("\n").at(-1));
console.log(`writing a ${SIZE / 1024 ** 2} MiB source file …`);
const checksum = await makeSource();
const store = path.join(WORK, "store");
fs.rmSync(store, { recursive: true, force: true });

const app = serve(process.execPath, [TSX, "server/index.ts"], {
  PORT: String(APP_PORT), HOSTNAME: "127.0.0.1", DATABASE_URL, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production",
  JOBS_RUNNER: "off", AUTH_SECRET: "bench-secret-not-for-production-use", APP_URL: BASE, FILES_DIR: store,
});
let up, down, url;
try {
  await waitFor(`${BASE}/v1/files/`);
  // Warm-up: compile and load the routes once so their first run does not count as growth.
  await api(seed.token, "GET", "/v1/files/");
  up = await measured(app.pid, () => upload(seed.token, checksum));
  if (up.result.file.checksum_sha256_base64 !== checksum) throw new Error("the server's SHA-256 differs from the source's");
  url = await downloadUrl(seed, up.result.file.id);
  await fetch(url, { headers: { range: "bytes=0-0" } }).then((r) => r.arrayBuffer());
  down = await measured(app.pid, () => download(url));
  if (down.result.bytes !== SIZE || down.result.contentLength !== SIZE) throw new Error(`downloaded ${down.result.bytes} bytes of ${SIZE}`);
} finally {
  await app.stop();
}
await catToDevNull(); // warm the page cache the same way for cat
const catSeconds = await catToDevNull();
const bareSeconds = await bareNodeDownload(SOURCE);
fs.rmSync(store, { recursive: true, force: true });
fs.rmSync(SOURCE, { force: true });

const mib = SIZE / 1024 ** 2;
const rate = (s) => `${(mib / s).toFixed(0).padStart(6)} MiB/s`;
const mb = (b) => `${(b / 1e6).toFixed(1)} MB`;
console.log(`\nbench/files — one ${mib} MiB file through ${BASE} (local storage driver), server RSS at start ${mb(up.before)}\n`);
console.log(`upload   ${up.result.partCount} parts  ${rate(up.result.partsSeconds)}  (${up.result.partsSeconds.toFixed(2)} s), complete + whole-file SHA-256 ${up.result.completeSeconds.toFixed(2)} s, overall ${rate(up.seconds)}   peak RSS growth ${mb(up.growth)}`);
console.log(`download (${CURL ? "curl" : "node:http"})  ${rate(down.seconds)}  (${down.seconds.toFixed(2)} s)   peak RSS growth ${mb(down.growth)}`);
console.log(`bare node:http   ${rate(bareSeconds)}  (${bareSeconds.toFixed(2)} s)   the same file, fs stream, same client: what any Node server reaches here`);
console.log(`cat > /dev/null  ${rate(catSeconds)}  (${catSeconds.toFixed(2)} s)`);
console.log(`\ndownload/cat ×${(catSeconds / down.seconds).toFixed(2)} (target ≥ 0.5; bare node:http/cat ×${(catSeconds / bareSeconds).toFixed(2)}, download/bare ×${(bareSeconds / down.seconds).toFixed(2)})`);
console.log(`RSS growth upload ${mb(up.growth)}, download ${mb(down.growth)} (target < 64 MB each)`);
