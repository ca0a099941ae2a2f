// `npm run bench:license-validate` — throughput and latency of the public license check
// (POST /v1/customer-portal/license-keys/validate) on the production server (`npm start`'s
// server/index.ts: Next, with the public license routes served straight from node:http), against the floor: a bare
// node:http + pg server doing the same lookup and counter update (bench/license-validate-baseline.mjs),
// driven the same way in the same run. Prints req/s, p50 and p99 of both and their ratio.
// Numbers, not pass/fail. Targets: app/baseline ≥ 0.5, app p99 ≤ 50 ms.
//
// BENCH_DATABASE_URL (default: a fresh benefactor_bench_license on 127.0.0.1:5432),
// BENCH_CONNECTIONS (50), BENCH_DURATION (10 s). The app is built into .next-bench when that build
// is missing or older than the sources (BENCH_REBUILD=1 forces it).
import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "..");
const require = createRequire(import.meta.url);
const NEXT = require.resolve("next/dist/bin/next");
const TSX = require.resolve("tsx/cli");
const DIST = ".next-bench";
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3391);
const BASELINE_PORT = Number(process.env.BENCH_BASELINE_PORT ?? 3392);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/benefactor_bench_license";

function run(cmd, args, env, { capture = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", capture ? "pipe" : "inherit", "inherit"] });
    let out = "";
    child.stdout?.on("data", (d) => (out += d));
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${path.basename(args[0] ?? cmd)} exited ${code}`))));
  });
}

/** A long-running server in its own process group (so stopping it stops its children too). */
function serve(cmd, args, env) {
  const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"], detached: true });
  return { stop: () => new Promise((resolve) => { child.once("exit", resolve); process.kill(-child.pid, "SIGTERM"); }) };
}

async function waitFor(url, init) {
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; ) {
    try {
      const res = await fetch(url, init);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer 200 in time`);
}

async function freshDatabase() {
  const name = new URL(DATABASE_URL).pathname.slice(1);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(DATABASE_URL), { pathname: "/postgres" }).toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  await run(process.execPath, ["scripts/migrate.mjs", "deploy"], { DATABASE_URL }, { capture: true });
}

async function load(url, body) {
  const opts = { url, method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), connections: CONNECTIONS };
  await autocannon({ ...opts, duration: 2 }); // warm-up: JIT, pools, route compilation
  const r = await autocannon({ ...opts, duration: DURATION });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, total: r.requests.total, non2xx: r.non2xx, errors: r.errors + r.timeouts };
}

/** The build is older than a source file (or missing): measuring it would measure old code. */
function isBuildStale() {
  const buildId = path.join(root, DIST, "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  const newer = (dir) =>
    fs.readdirSync(path.join(root, dir), { withFileTypes: true }).some((e) => {
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) return e.name !== "generated" && newer(rel);
      return /\.(ts|tsx|mjs|css)$/.test(e.name) && fs.statSync(path.join(root, rel)).mtimeMs > builtAt;
    });
  return ["app", "lib", "components", "inngest"].some((d) => fs.existsSync(path.join(root, d)) && newer(d)) ||
    ["proxy.ts", "next.config.mjs", "instrumentation.ts"].some((f) => fs.statSync(path.join(root, f)).mtimeMs > builtAt);
}

if (process.env.BENCH_REBUILD === "1" || isBuildStale()) {
  console.log(`building the app into ${DIST} …`);
  await run(process.execPath, [NEXT, "build"], { NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" });
}
await freshDatabase();
const seeded = JSON.parse(
  (await run(process.execPath, [TSX, "bench/license-validate-seed.mjs"], { DATABASE_URL, JOBS_RUNNER: "off" }, { capture: true }))
    .trim().split("\n").at(-1),
);
const body = { key: seeded.key, organization_id: seeded.organization_id };
const check = { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) };

// The per-IP limiter still counts every request in its shared store (that round trip is part of
// what is measured); the limit is only raised so one load generator is not refused.
const app = serve(process.execPath, [TSX, "server/index.ts"], {
  PORT: String(APP_PORT), HOSTNAME: "127.0.0.1", DATABASE_URL, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", JOBS_RUNNER: "off",
  AUTH_SECRET: "bench-secret-not-for-production-use", RATE_LIMIT_IP_POINTS: "1000000000",
});
let appResult;
try {
  const url = `http://127.0.0.1:${APP_PORT}/v1/customer-portal/license-keys/validate`;
  await waitFor(url, check);
  appResult = await load(url, body);
} finally {
  await app.stop();
}

const baseline = serve(process.execPath, ["bench/license-validate-baseline.mjs"], { DATABASE_URL, BASELINE_PORT: String(BASELINE_PORT) });
let baseResult;
try {
  const url = `http://127.0.0.1:${BASELINE_PORT}/validate`;
  await waitFor(url, check);
  baseResult = await load(url, body);
} finally {
  await baseline.stop();
}

const row = (label, r) =>
  `${label.padEnd(34)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   (${r.total} requests, ${r.non2xx} non-2xx, ${r.errors} errors)`;
console.log(`\nbench/license-validate — ${CONNECTIONS} connections, ${DURATION} s, one key (every request counts a validation)\n`);
console.log(row("npm start  /v1/…/validate", appResult));
console.log(row("bare node:http + pg (same SQL)", baseResult));
const ratio = appResult.rps / baseResult.rps;
console.log(`\napp/baseline throughput ×${ratio.toFixed(2)} (target ≥ 0.5)   app p99 ${appResult.p99} ms (target ≤ 50 ms)`);
