// `npm run bench:events` — usage-event ingestion through the running app, and balance reads for a
// customer with 1,000,000 events. Builds the app into its own dist dir (.next-bench-events; set
// BENCH_SKIP_BUILD=1 to reuse it), serves it with `next start` (no job runner) against a fresh
// PostgreSQL database (BENCH_DATABASE_URL, default benefactor_bench_events on 127.0.0.1), and
// prints each figure next to a baseline measured in the same run, as a ratio:
//   ingestion: POST /v1/events/ingest with batches of 100 and 1,000 (autocannon, BENCH_CONNECTIONS
//     at once for BENCH_SECONDS), against a bare `pg` multi-row INSERT of the same rows into events
//     at the same concurrency (no HTTP, no validation, no aggregates).
//   balance: GET /v1/customer-meters/?customer_id&meter_id for a customer with 1,000,000 events
//     (seeded with SQL, counted once by creating the meter after them) and for one with 10,
//     against the bare indexed SELECT of the running total, and the recount-from-history query the
//     running total avoids.
// Numbers, not pass/fail. Targets: ≥ 5,000 events/s; balance p99 ≤ 20 ms whatever the history.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import pg from "pg";
import { freshDatabase, root, run as runCommand } from "./bench-kit.mjs";

const DIST = ".next-bench-events";
const PORT = Number(process.env.BENCH_PORT ?? 3399);
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const HISTORY = Number(process.env.BENCH_HISTORY ?? 1_000_000);
const DB_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/benefactor_bench_events";
const env = { DATABASE_URL: DB_URL, AUTH_SECRET: "benefactor-bench-secret-not-for-production", NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" };
const run = (cmd, args, extra = {}, options) => runCommand(cmd, args, { ...env, ...extra }, options);

async function startServer() {
  const server = spawn("node_modules/.bin/next", ["start", "-p", String(PORT)], {
    cwd: root,
    env: { ...process.env, ...env, JOBS_RUNNER: "off", DATABASE_POOL_MAX: "10" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 300))) {
    try {
      if ((await fetch(`${BASE}/api/auth/csrf`)).status < 500) return () => process.kill(-server.pid, "SIGTERM");
    } catch {
      // not listening yet
    }
  }
  process.kill(-server.pid, "SIGTERM");
  throw new Error("next start did not answer within 60 s");
}

const round = (x) => Math.round(x * 100) / 100;
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

function batchOf(size, customerIds) {
  return Array.from({ length: size }, (_, i) => ({
    name: "api.call",
    customer_id: customerIds[i % customerIds.length],
    metadata: { tokens: (i % 50) + 1, model: "gpt-4o" },
  }));
}

async function appIngest(setup, size) {
  const body = JSON.stringify({ events: batchOf(size, setup.customerIds) });
  const result = await autocannon({
    url: `${BASE}/v1/events/ingest`,
    method: "POST",
    headers: { authorization: `Bearer ${setup.token}`, "content-type": "application/json" },
    body,
    connections: CONNECTIONS,
    duration: SECONDS,
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`ingest ${size}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { eventsPerS: (result["2xx"] * size) / SECONDS, p50: result.latency.p50, p99: result.latency.p99, requests: result["2xx"] };
}

/** The floor: the same rows as one multi-row INSERT per batch, straight through `pg`, same concurrency. */
async function bareIngest(setup, size) {
  const rows = batchOf(size, setup.customerIds);
  // Named apart so no meter counts them: the exactness check below compares the meters with what the app took in.
  const args = [rows.map((r) => r.customer_id), rows.map(() => "bench.bare"), rows.map((r) => JSON.stringify(r.metadata))];
  const pool = new pg.Pool({ connectionString: DB_URL, max: CONNECTIONS });
  let batches = 0;
  const end = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < end) {
        await pool.query(
          `INSERT INTO events (id, organization_id, customer_id, name, timestamp, metadata)
           SELECT gen_random_uuid(), $1::uuid, c, n, now(), m FROM unnest($2::uuid[], $3::text[], $4::jsonb[]) AS t(c, n, m)`,
          [setup.organizationId, ...args],
        );
        batches++;
      }
    }),
  );
  await pool.end();
  return { eventsPerS: (batches * size) / SECONDS };
}

async function seedHistory(client, setup) {
  const started = performance.now();
  for (let done = 0; done < HISTORY; done += 250_000) {
    const n = Math.min(250_000, HISTORY - done);
    await client.query(
      `INSERT INTO events (id, organization_id, customer_id, name, timestamp, metadata)
       SELECT gen_random_uuid(), $1::uuid, $2::uuid, 'api.call', now() - (g % 86400) * interval '1 minute', jsonb_build_object('tokens', g % 10)
       FROM generate_series(1, $3::int) g`,
      [setup.organizationId, setup.heavyId, n],
    );
  }
  await client.query(
    `INSERT INTO events (id, organization_id, customer_id, name, timestamp, metadata)
     SELECT gen_random_uuid(), $1::uuid, $2::uuid, 'api.call', now(), '{"tokens": 1}' FROM generate_series(1, 10)`,
    [setup.organizationId, setup.lightId],
  );
  await client.query("ANALYZE events");
  return (performance.now() - started) / 1000;
}

async function balanceLatency(setup, customerId, meterId) {
  const result = await autocannon({
    url: `${BASE}/v1/customer-meters/?customer_id=${customerId}&meter_id=${meterId}`,
    headers: { authorization: `Bearer ${setup.token}` },
    connections: 1,
    duration: SECONDS,
  });
  if (result.non2xx > 0) throw new Error(`balance: ${result.non2xx} non-2xx`);
  return { p50: result.latency.p50, p99: result.latency.p99, requests: result["2xx"] };
}

async function timeQuery(client, sql, params, times) {
  const ms = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    await client.query(sql, params);
    ms.push(performance.now() - t);
  }
  return { p50: round(pct(ms, 50)), p99: round(pct(ms, 99)) };
}

await freshDatabase(DB_URL);
if (!(process.env.BENCH_SKIP_BUILD === "1" && fs.existsSync(path.join(root, DIST, "BUILD_ID")))) {
  await run("node_modules/.bin/next", ["build"]);
}
const setup = JSON.parse((await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "bench/events-setup.mjs"], {}, { capture: true })).trim().split("\n").at(-1));
const stop = await startServer();
const client = new pg.Client({ connectionString: DB_URL });
await client.connect();
try {
  // Warm-up: compile paths, fill pools and caches.
  await autocannon({ url: `${BASE}/v1/events/ingest`, method: "POST", headers: { authorization: `Bearer ${setup.token}`, "content-type": "application/json" }, body: JSON.stringify({ events: batchOf(10, setup.customerIds) }), amount: 50, connections: 2 });
  const ingest = [];
  for (const size of [100, 1000]) ingest.push({ size, app: await appIngest(setup, size), bare: await bareIngest(setup, size) });

  // Every event the app accepted is in the running totals, exactly.
  const { rows: [check] } = await client.query(
    `SELECT (SELECT sum(consumed)::bigint FROM customer_meters WHERE meter_id = $1) AS counted,
            (SELECT count(*) FROM events WHERE organization_id = $2 AND name = 'api.call') AS ingested`,
    [setup.meterIds[0], setup.organizationId],
  );

  const seededIn = await seedHistory(client, setup);
  let started = performance.now();
  const created = await fetch(`${BASE}/v1/meters/`, {
    method: "POST",
    headers: { authorization: `Bearer ${setup.token}`, "content-type": "application/json" },
    body: JSON.stringify({ name: "API calls (after history)", filter: { conjunction: "and", clauses: [{ property: "name", operator: "eq", value: "api.call" }] }, aggregation: { func: "count" } }),
  });
  const meter = await created.json();
  const recountS = (performance.now() - started) / 1000;
  const heavy = await balanceLatency(setup, setup.heavyId, meter.id);
  const light = await balanceLatency(setup, setup.lightId, meter.id);
  const bareRead = await timeQuery(client, "SELECT credited - consumed AS balance FROM customer_meters WHERE customer_id = $1 AND meter_id = $2", [setup.heavyId, meter.id], 2000);
  const history = await timeQuery(client, "SELECT count(*) FROM events WHERE organization_id = $1 AND customer_id = $2 AND name = 'api.call'", [setup.organizationId, setup.heavyId], 5);
  const { rows: [heavyRow] } = await client.query("SELECT consumed FROM customer_meters WHERE customer_id = $1 AND meter_id = $2", [setup.heavyId, meter.id]);

  console.log(`\nbench/events — next start (${DIST}), PostgreSQL, ${CONNECTIONS} connections, ${SECONDS} s per figure; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} on ${os.cpus().length} CPUs\n`);
  for (const { size, app, bare } of ingest) {
    console.log(`ingest, batches of ${size}`);
    console.log(`  app (POST /v1/events/ingest)   ${Math.round(app.eventsPerS)} events/s   request p50 ${app.p50} ms  p99 ${app.p99} ms   (target ≥ 5,000 events/s)`);
    console.log(`  bare pg multi-row INSERT       ${Math.round(bare.eventsPerS)} events/s   → app/baseline ×${(app.eventsPerS / bare.eventsPerS).toFixed(2)}\n`);
  }
  console.log(`running totals: the "API calls" meter counted ${check.counted} of the ${check.ingested} events the app stored — ${check.counted === check.ingested ? "exact" : "MISMATCH"}\n`);
  console.log(`history: ${HISTORY.toLocaleString("en-US")} events seeded by SQL in ${seededIn.toFixed(1)} s; a meter created after them counted them in ${recountS.toFixed(1)} s (${heavyRow.consumed} for the heavy customer)`);
  console.log(`balance (GET /v1/customer-meters/?customer_id&meter_id)`);
  console.log(`  customer with ${HISTORY.toLocaleString("en-US")} events   p50 ${heavy.p50} ms  p99 ${heavy.p99} ms   (target p99 ≤ 20 ms)`);
  console.log(`  customer with 10 events          p50 ${light.p50} ms  p99 ${light.p99} ms   → heavy/light p99 ×${(heavy.p99 / Math.max(light.p99, 1)).toFixed(2)}`);
  console.log(`  bare indexed SELECT of the total p50 ${bareRead.p50} ms  p99 ${bareRead.p99} ms   → app/baseline p99 ×${(heavy.p99 / Math.max(bareRead.p99, 0.01)).toFixed(1)}`);
  console.log(`  recount from history (avoided)   p50 ${history.p50} ms  p99 ${history.p99} ms   (one COUNT over the customer's events)\n`);
} finally {
  await client.end();
  stop();
}
