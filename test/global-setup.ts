// Integration tests: make sure the test database exists and is migrated, and that an app server
// runs against it. CI passes BENEFACTOR_TEST_URL (a built `next start`); locally a `next dev`
// server on its own dist folder is started here and stopped afterwards.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import net from "node:net";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { TEST_AUTH_SECRET, TEST_DATABASE_URL } from "./test-env";

async function ensureDatabase(url: string) {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: "/postgres" }).toString() });
  await admin.connect();
  const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (!rowCount) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  await admin.end();
  const migrate = spawnSync(process.execPath, ["scripts/migrate.mjs", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (migrate.status !== 0) throw new Error(`migrations failed:\n${migrate.stdout}\n${migrate.stderr}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitFor(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`app server did not answer at ${url} within ${timeoutMs} ms`);
}

let server: ChildProcess | undefined;

export default async function setup(project: TestProject) {
  await ensureDatabase(TEST_DATABASE_URL);
  let baseUrl = process.env.BENEFACTOR_TEST_URL;
  if (!baseUrl) {
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    server = spawn("node_modules/.bin/next", ["dev", "-p", String(port)], {
      env: {
        ...process.env,
        DATABASE_URL: TEST_DATABASE_URL,
        AUTH_SECRET: TEST_AUTH_SECRET,
        NEXT_DIST_DIR: ".next-test",
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    });
    await waitFor(`${baseUrl}/api/auth/csrf`, 90_000);
  }
  project.provide("baseUrl", baseUrl);
  return () => {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
