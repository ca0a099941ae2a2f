// `npm run bench:grants` — purchase→granted latency and re-grant fan-out throughput, on the
// embedded default (PGlite, one connection) and on the PostgreSQL at BENCH_DATABASE_URL
// (default: a fresh `benefactor_bench` database on 127.0.0.1:5432). Each figure is printed with
// its baseline from the same run (see bench/grants-run.ts), as a ratio. Numbers, not pass/fail.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freshDatabase, run } from "./bench-kit.mjs";

const PURCHASES = process.env.BENCH_PURCHASES ?? "200";
const FANOUT = process.env.BENCH_FANOUT ?? "10000";
// The embedded PGlite serves one connection, so its jobs run one at a time: its fan-out is
// measured on fewer grants to keep the run short (the per-grant rate is what matters).
const EMBEDDED_FANOUT = process.env.BENCH_EMBEDDED_FANOUT ?? "1000";

const migrate = (url, extra = {}) => run(process.execPath, ["scripts/migrate.mjs", "deploy"], { DATABASE_URL: url, ...extra }, { capture: true });
const measure = async (label, url, extra = {}, fanout = FANOUT) =>
  JSON.parse(
    (
      await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "bench/grants-run.ts", `--label=${label}`, `--purchases=${PURCHASES}`, `--fanout=${fanout}`], {
        DATABASE_URL: url,
        JOBS_RUNNER: "off",
        ...extra,
      }, { capture: true })
    ).trim().split("\n").at(-1),
  );

async function freshPostgres() {
  return freshDatabase(process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/benefactor_bench");
}

async function embedded() {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-pglite-"));
  const db = await PGlite.create(dir);
  const server = new PGLiteSocketServer({ db, port: 54399, host: "127.0.0.1" });
  await server.start();
  const url = "postgresql://postgres:postgres@127.0.0.1:54399/postgres?sslmode=disable";
  await migrate(url, { DATABASE_POOL_MAX: "1" });
  return { url, stop: async () => { await server.stop(); await db.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
}

const results = [];
const emb = await embedded();
try {
  results.push(await measure("embedded (PGlite)", emb.url, { DATABASE_POOL_MAX: "1" }, EMBEDDED_FANOUT));
} finally {
  await emb.stop();
}
results.push(await measure("PostgreSQL 15", await freshPostgres(), { DATABASE_POOL_MAX: "10" }));

console.log(`\nbench/grants — ${PURCHASES} purchases; fan-out of ${FANOUT} grants on PostgreSQL, ${EMBEDDED_FANOUT} embedded (custom benefit, in-process runner)\n`);
for (const r of results) {
  const l = r.purchase_to_granted_ms, b = r.baseline_bare_tx_ms, f = r.fanout;
  console.log(`${r.label}`);
  console.log(`  purchase → granted   p50 ${l.p50} ms   p99 ${l.p99} ms   (target p99 < 200 ms)`);
  console.log(`  baseline bare tx     p50 ${b.p50} ms   p99 ${b.p99} ms   → engine/baseline p50 ×${(l.p50 / b.p50).toFixed(1)}`);
  console.log(`  re-grant fan-out     ${f.grants_per_s} grants/s (${f.regranted}/${f.grants} re-granted; target ≥ 500/s)`);
  console.log(`  baseline per-grant   ${f.baseline_grants_per_s} grants/s → engine/baseline ×${(f.grants_per_s / f.baseline_grants_per_s).toFixed(2)}\n`);
}
