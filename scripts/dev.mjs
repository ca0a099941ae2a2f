// `npm run dev` (and `npm start` with --prod): runs Benefactor with nothing else installed.
// Without DATABASE_URL it starts an embedded PostgreSQL (PGlite, data under .data/pglite, kept
// across restarts), applies migrations, seeds a demo organization and serves the app.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.join(root, ".data");
const isProd = process.argv.includes("--prod");
const port = Number(process.env.PORT ?? 3000);
const started = Date.now();
const log = (msg) => console.log(`[benefactor] ${msg}`);
const children = [];

function stopAll(code = 0) {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  process.exit(code);
}
process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));

function persistentSecret(name) {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, name);
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

async function startEmbeddedPostgres() {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const pgPort = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const pgDir = path.join(dataDir, "pglite");
  fs.mkdirSync(pgDir, { recursive: true });
  const isFresh = fs.readdirSync(pgDir).length === 0;
  const pg = await PGlite.create(pgDir);
  // The app keeps one connection (DATABASE_POOL_MAX=1) and its job runner keeps it busy, so a
  // few more slots let the operator CLI or psql in while the app runs. PGlite has one backend:
  // its queue runs an open transaction's queries before anyone else's.
  const server = new PGLiteSocketServer({ db: pg, port: pgPort, host: "127.0.0.1", maxConnections: 4 });
  await server.start();
  log(`embedded PostgreSQL (PGlite) ${isFresh ? "created" : "opened"} at .data/pglite, listening on 127.0.0.1:${pgPort}`);
  return `postgresql://postgres:postgres@127.0.0.1:${pgPort}/postgres?sslmode=disable`;
}

// Asynchronous on purpose: the embedded PostgreSQL lives in this process's event loop, so a
// synchronous child would wait forever for a database that cannot answer.
async function run(cmd, args, env) {
  const child = spawn(cmd, args, { cwd: root, env, stdio: "inherit" });
  children.push(child);
  const code = await new Promise((resolve) => child.on("exit", resolve));
  if (code !== 0) {
    log(`"${[path.basename(cmd), ...args].join(" ")}" failed (exit ${code}); stopping.`);
    stopAll(1);
  }
}

// FAKE_PROVIDERS=1: the fake GitHub and Discord the tests use (test/fakes), so GitHub and Discord
// benefits can be tried end to end without real accounts. Returns the env that points the app at them.
async function startFakeProviders() {
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["test/fakes/start-fakes.ts", "--json"], {
    cwd: root,
    // The fake GitHub's "install the app" page returns to the app's setup URL.
    env: { ...process.env, FAKE_GITHUB_SETUP_URL: `${env.APP_URL}/v1/integrations/github/setup` },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  const fakes = await new Promise((resolve, reject) => {
    let out = "";
    const onData = (chunk) => {
      out += chunk;
      const end = out.indexOf("\n");
      if (end === -1) return;
      child.stdout.off("data", onData);
      child.stdout.resume(); // keep draining whatever the fakes print later
      resolve(JSON.parse(out.slice(0, end)));
    };
    child.stdout.on("data", onData);
    child.once("exit", (code) => reject(new Error(`the fakes exited (${code})`)));
  });
  log(`fake GitHub at ${fakes.FAKE_GITHUB_URL}, fake Discord at ${fakes.FAKE_DISCORD_URL} (FAKE_PROVIDERS=1)`);
  return fakes;
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
if (!env.DATABASE_URL) {
  env.DATABASE_URL = await startEmbeddedPostgres();
  // PGlite serves one connection reliably; interleaved transactions on several went wrong.
  env.DATABASE_POOL_MAX = "1";
} else {
  log(`using PostgreSQL from DATABASE_URL (${new URL(env.DATABASE_URL).host})`);
}
env.AUTH_SECRET ??= persistentSecret("auth-secret");
env.APP_URL ??= `http://localhost:${port}`;
if (env.FAKE_PROVIDERS === "1") Object.assign(env, await startFakeProviders());

log("applying migrations…");
await run(process.execPath, ["scripts/migrate.mjs", "deploy"], env);
if (env.SEED_DEMO !== "0") {
  log("seeding the demo organization…");
  await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "prisma/seed.ts"], env);
}

const nextBin = path.join(root, "node_modules/.bin/next");
if (isProd && !fs.existsSync(path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
  log("no production build yet: running `next build` (about a minute)…");
  await run(nextBin, ["build"], env);
}
// Production runs server/index.ts (Next, plus the public license routes straight from node:http).
const next = isProd
  ? spawn(path.join(root, "node_modules/.bin/tsx"), ["server/index.ts"], { cwd: root, env: { ...env, PORT: String(port) }, stdio: ["ignore", "pipe", "inherit"] })
  : spawn(nextBin, ["dev", "-p", String(port)], { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
children.push(next);
let announced = false;
next.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /Ready|ready/.test(String(chunk))) {
    announced = true;
    const demo = JSON.parse(fs.readFileSync(path.join(root, "prisma/demo-account.json"), "utf8"));
    log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    log(`dashboard: ${env.APP_URL}/dashboard/${demo.orgSlug}`);
    log(`sign in:   ${env.APP_URL}/sign-in as ${demo.email} / ${demo.password}`);
    log(`API:       ${env.APP_URL}/v1/ (create a token in Settings → API tokens, or npm run cli -- token:create --org ${demo.orgSlug} --name dev)`);
    if (env.SEED_DEMO !== "0") {
      const dbEnv = process.env.DATABASE_URL ? "" : `DATABASE_URL='${env.DATABASE_URL}' DATABASE_POOL_MAX=1 `;
      log(`portal:    the link the seed printed above (one hour), or a new one: ${dbEnv}npm run cli -- portal:link --org ${demo.orgSlug} --customer ${demo.customerExternalId}`);
    }
  }
});
next.on("exit", (code) => stopAll(code ?? 0));
