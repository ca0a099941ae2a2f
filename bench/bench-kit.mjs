// What every benchmark in bench/ needs: run a command, serve a process, wait for it, start from a
// fresh migrated database, and tell whether a production build is older than its sources.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export const root = path.resolve(import.meta.dirname, "..");

/** Runs a command from the project root to completion; resolves to its stdout when `capture`. */
export function run(cmd, args, env = {}, { capture = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", capture ? "pipe" : "inherit", "inherit"] });
    let out = "";
    child.stdout?.on("data", (d) => (out += d));
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${[path.basename(cmd), ...args].join(" ")} exited ${code}`))));
  });
}

/** A long-running server in its own process group (so stopping it stops its children too). */
export function serve(cmd, args, env = {}) {
  const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"], detached: true });
  return { pid: child.pid, stop: () => new Promise((resolve) => { child.once("exit", resolve); process.kill(-child.pid, "SIGTERM"); }) };
}

/** Waits until `url` answers (with 200 when `init` is given, else anything below 500). */
export async function waitFor(url, init, timeoutMs = 120_000) {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    try {
      const res = await fetch(url, init);
      if (init ? res.status === 200 : res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer in time`);
}

/** Drops and re-creates the database of `url`, then applies the committed migrations. */
export async function freshDatabase(url) {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: "/postgres" }).toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  await run(process.execPath, ["scripts/migrate.mjs", "deploy"], { DATABASE_URL: url }, { capture: true });
  return url;
}

const SOURCE_DIRS = ["app", "lib", "components", "inngest"];
const SOURCE_FILES = ["proxy.ts", "next.config.mjs", "instrumentation.ts"];

/** The build in `dist` is missing or older than a source file: measuring it would measure old code. */
export function isBuildStale(dist) {
  const buildId = path.join(root, dist, "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  const newer = (dir) =>
    fs.readdirSync(path.join(root, dir), { withFileTypes: true }).some((e) => {
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) return e.name !== "generated" && newer(rel);
      return /\.(ts|tsx|mjs|css)$/.test(e.name) && fs.statSync(path.join(root, rel)).mtimeMs > builtAt;
    });
  return SOURCE_DIRS.some((d) => fs.existsSync(path.join(root, d)) && newer(d)) ||
    SOURCE_FILES.some((f) => fs.statSync(path.join(root, f)).mtimeMs > builtAt);
}
