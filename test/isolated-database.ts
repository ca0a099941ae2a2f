// A fresh, migrated database for tests that own a whole table. The job runner drains the entire
// outbox: in the shared test database the app server's own runner (instrumentation.ts) would take
// these tests' rows, and these tests' runners would take everyone else's.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb, type Db } from "@/lib/db";
import { TEST_DATABASE_URL } from "./test-env";

const withDatabase = (url: string, name: string) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(TEST_DATABASE_URL, "postgres") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export type IsolatedDatabase = {
  url: string;
  /** A Prisma client of its own (one per simulated process); closed by drop(). */
  connect(): Db;
  drop(): Promise<void>;
};

export async function createIsolatedDatabase(label: string): Promise<IsolatedDatabase> {
  const name = `benefactor_test_${label.replace(/\W/g, "_")}_${randomBytes(4).toString("hex")}`;
  const url = withDatabase(TEST_DATABASE_URL, name);
  await admin((client) => client.query(`CREATE DATABASE "${name}"`));
  const migrate = spawnSync(process.execPath, ["scripts/migrate.mjs", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (migrate.status !== 0) throw new Error(`migrations failed:\n${migrate.stdout}\n${migrate.stderr}`);

  const clients: Db[] = [];
  return {
    url,
    connect() {
      const db = createDb(url);
      clients.push(db);
      return db;
    },
    async drop() {
      await Promise.all(clients.map((db) => db.$disconnect()));
      await admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
