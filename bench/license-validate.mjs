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
import { createRequire } from "node:module";
import autocannon from "autocannon";
import { freshDatabase, isBuildStale, run, serve, waitFor } from "./bench-kit.mjs";

const require = createRequire(import.meta.url);
const NEXT = require.resolve("next/dist/bin/next");
const TSX = require.resolve("tsx/cli");
const DIST = ".next-bench";
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3391);
const BASELINE_PORT = Number(process.env.BENCH_BASELINE_PORT ?? 3392);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/benefactor_bench_license";

async function load(url, body) {
  const opts = { url, method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), connections: CONNECTIONS };
  await autocannon({ ...opts, duration: 2 }); // warm-up: JIT, pools, route compilation
  const r = await autocannon({ ...opts, duration: DURATION });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, total: r.requests.total, non2xx: r.non2xx, errors: r.errors + r.timeouts };
}

if (process.env.BENCH_REBUILD === "1" || isBuildStale(DIST)) {
  console.log(`building the app into ${DIST} …`);
  await run(process.execPath, [NEXT, "build"], { NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" });
}
await freshDatabase(DATABASE_URL);
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
