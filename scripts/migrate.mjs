// Offline Prisma migrations with @prisma/schema-engine-wasm + @prisma/adapter-pg.
// Needed because `prisma migrate/db push` download a native schema-engine binary from
// binaries.prisma.sh, which is unreachable here.
// Usage (reads DATABASE_URL, optional SHADOW_DATABASE_URL, from env/.env):
//   node scripts/prisma-wasm-migrate.mjs diff          # print SQL: empty DB -> prisma/schema.prisma
//   node scripts/prisma-wasm-migrate.mjs dev <name>    # like `prisma migrate dev --name <name>`
//   node scripts/prisma-wasm-migrate.mjs deploy        # like `prisma migrate deploy`
//   node scripts/prisma-wasm-migrate.mjs push          # like `prisma db push` (no migration files)
import "dotenv/config";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// ---- load the wasm engine (package's own entry uses `import * from "*.wasm"`, which Node 20 can't do)
globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (m) => console.error("[schema-engine panic]", m) };
const require = createRequire(import.meta.url);
const wasmPath =
  process.env.SCHEMA_ENGINE_WASM ??
  path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), { "./schema_engine_bg.js": bg });
bg.__wbg_set_wasm(instance.exports);
instance.exports.__wbindgen_start?.();

// ---- adapter fixes
// adapter-pg 7.10.x throws on the catalog type "char" (OID 18), which the engine's introspection
// queries return (pg_constraint.contype etc.): "Column type 'char' could not be deserialized".
// Run the stock queryRaw with OID 18 reported as text, then tell the engine it is a Character column.
const CHAR_OID = 18, TEXT_OID = 25, COLUMN_TYPE_CHARACTER = 6;
function patchQueryable(q) {
  const performIO = q.performIO.bind(q);
  const queryRaw = Object.getPrototypeOf(q).queryRaw;
  q.queryRaw = async (query) => {
    const res = await performIO(query);
    const charCols = res.fields.flatMap((f, i) => (f.dataTypeID === CHAR_OID ? [i] : []));
    const fields = res.fields.map((f) => (f.dataTypeID === CHAR_OID ? { ...f, dataTypeID: TEXT_OID } : f));
    const view = Object.create(q, { performIO: { value: async () => ({ ...res, fields }) } });
    const out = await queryRaw.call(view, query);
    for (const i of charCols) out.columnTypes[i] = COLUMN_TYPE_CHARACTER;
    return out;
  };
  if (q.startTransaction) {
    const start = q.startTransaction.bind(q);
    q.startTransaction = async (...a) => patchQueryable(await start(...a));
  }
  return q;
}

// Use discrete fields, not { connectionString }: adapter-pg's stock connectToShadowDb does
// new Pool({ ...config, database: shadow }) and a connectionString overrides `database`
// (the "shadow" then is the real DB -> P3006 "relation already exists").
const toPgConfig = (connStr) => {
  const u = new URL(connStr);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
    // The embedded PGlite server takes one connection at a time (DATABASE_POOL_MAX=1).
    max: Number(process.env.DATABASE_POOL_MAX ?? 10),
    ssl: ["require", "verify-full", "verify-ca"].includes(u.searchParams.get("sslmode") ?? "") ? { rejectUnauthorized: false } : undefined,
  };
};
const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL not set");
const pgConfig = toPgConfig(url);
const connectPatched = async (cfg) => patchQueryable(await new PrismaPg(cfg).connect());
const factory = {
  provider: "postgres",
  adapterName: "@prisma/adapter-pg",
  connect: () => connectPatched(pgConfig),
  // Stock connectToShadowDb drops the temp DB before closing its pool ("is being accessed by other
  // users") and leaks a connection, so do it here.
  connectToShadowDb: async () => {
    if (process.env.SHADOW_DATABASE_URL) {
      // Fixed shadow DB (e.g. a 2nd PGlite server; PGlite has a single database): wipe it first.
      const cfg = toPgConfig(process.env.SHADOW_DATABASE_URL);
      const c = new pg.Client(cfg);
      await c.connect();
      await c.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
      await c.end();
      return connectPatched(cfg);
    }
    const admin = new pg.Client(pgConfig);
    await admin.connect();
    const name = `prisma_shadow_${Date.now()}_${process.pid}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    const adapter = await connectPatched({ ...pgConfig, database: name });
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
      await admin.end();
    };
    return adapter;
  },
};

// ---- engine
const schemaPath = path.resolve(process.env.PRISMA_SCHEMA ?? "prisma/schema.prisma");
const migrationsDir = path.resolve(process.env.PRISMA_MIGRATIONS ?? "prisma/migrations");
const files = [{ path: schemaPath, content: fs.readFileSync(schemaPath, "utf8") }];
const filters = { externalTables: [], externalEnums: [] };
const engine = await bg.SchemaEngine.new(
  { datamodels: files.map((f) => [f.path, f.content]) },
  (msg) => process.env.DEBUG && console.error("[schema-engine]", msg),
  bindMigrationAwareSqlAdapterFactory(factory),
);

function migrationsList() {
  const dirs = fs.existsSync(migrationsDir)
    ? fs.readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((d) => {
      const p = path.join(migrationsDir, d, "migration.sql");
      return {
        path: d,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(p) ? { tag: "ok", value: fs.readFileSync(p, "utf8") } : { tag: "error", value: "missing" },
        },
      };
    }),
  };
}

const [cmd, name = "migration"] = process.argv.slice(2);
try {
  if (cmd === "diff") {
    const r = await engine.diff({ from: { tag: "empty" }, to: { tag: "schemaDatamodel", files }, script: true, exitCode: null, filters });
    process.stdout.write(r.stdout ?? "");
  } else if (cmd === "dev") {
    // devDiagnostic replays the migrations on the shadow DB and fills the engine's cache;
    // createMigration (which has no shadow-DB access in the wasm build) then reuses it.
    const diag = await engine.devDiagnostic({ migrationsList: migrationsList(), filters });
    if (diag.action.tag === "reset") throw new Error(`drift/reset needed: ${diag.action.reason}`);
    const out = await engine.createMigration({ draft: false, migrationName: name, migrationsList: migrationsList(), schema: { files }, filters });
    if (out.migrationScript) {
      const dir = path.join(migrationsDir, out.generatedMigrationName);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, "migration.sql"), out.migrationScript);
      const lock = path.join(migrationsDir, "migration_lock.toml");
      if (!fs.existsSync(lock))
        fs.writeFileSync(lock, `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`);
      console.log("created", path.relative(process.cwd(), dir));
    } else console.log("no schema changes");
    const r = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
    console.log("applied:", r.appliedMigrationNames);
  } else if (cmd === "deploy") {
    const r = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
    console.log("applied:", r.appliedMigrationNames);
  } else if (cmd === "push") {
    const r = await engine.schemaPush({ force: process.argv.includes("--force"), schema: { files }, filters });
    if (r.unexecutable.length || r.warnings.length) console.log(JSON.stringify(r, null, 2));
    console.log(`push: ${r.executedSteps} step(s) executed`);
  } else {
    console.error("usage: diff | dev <name> | deploy | push [--force]");
    process.exitCode = 2;
  }
} catch (e) {
  console.error(String(e?.message ?? e).split("\n   0:")[0]);
  process.exitCode = 1;
} finally {
  engine.free();
}
process.exit(process.exitCode ?? 0);
