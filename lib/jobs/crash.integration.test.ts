// The durability evidence: a process killed with SIGKILL (no shutdown code runs) after it
// committed work, or while running it, loses nothing — another runner finishes the work.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import type { EventData } from "@/inngest/events";
import type { Db } from "@/lib/db";
import { createIsolatedDatabase, type IsolatedDatabase } from "@/test/isolated-database";
import type { JobHandlers } from "./job-types";
import { startRunner, type Runner } from "./start-runner";
import { completed, enqueueJobs, outboxRow, waitFor } from "./testing/outbox-helpers";

let database: IsolatedDatabase;
let db: Db;
let runner: Runner | undefined;
const children: ChildProcess[] = [];

beforeAll(async () => {
  database = await createIsolatedDatabase("jobs_crash");
  db = database.connect();
});
afterAll(() => database.drop());
beforeEach(() => db.outbox.deleteMany());
afterEach(async () => {
  await runner?.stop();
  runner = undefined;
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

/**
 * Starts crash-child.ts in its own node process and returns its JSON lines as they come.
 * tsx is loaded into that one process (`--import`): tsx's CLI would run the script in a
 * grandchild, which SIGKILL on the CLI leaves running, still holding and claiming jobs.
 */
function spawnChild(mode: "enqueue" | "claim", env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/jobs/testing/crash-child.ts", mode], {
    env: { ...process.env, DATABASE_URL: database.url, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async (): Promise<Record<string, string>> => {
    const { value, done } = await lines.next();
    if (done) throw new Error(`child exited (${child.exitCode ?? child.signalCode}) before saying anything`);
    return JSON.parse(value);
  };
  const kill = async () => {
    child.kill("SIGKILL");
    if (child.exitCode === null && child.signalCode === null) await once(child, "exit");
    expect(child.signalCode).toBe("SIGKILL");
  };
  return { next, kill };
}

function recordingHandlers() {
  const grantIds: string[] = [];
  const handlers: JobHandlers = {
    "grants/grant.reconcile-requested": async (_db, data) => {
      grantIds.push(data.grantId);
    },
  };
  return { grantIds, handlers };
}

const quiet = { error: vi.fn(), warn: vi.fn() };

describe("crash safety", () => {
  test("a process killed right after committing its work: a runner started later does it", async () => {
    const child = spawnChild("enqueue");
    const { committed } = await child.next();
    await child.kill();
    const orphan = await outboxRow(db, committed);
    expect(orphan).toMatchObject({ attempts: 0, completedAt: null, lockedUntil: null });

    const { grantIds, handlers } = recordingHandlers();
    runner = startRunner({ db, handlers, pollMs: 20, log: quiet });
    const row = await waitFor(completed(db, committed));
    expect(grantIds).toEqual([(orphan.data as EventData<"grants/grant.reconcile-requested">).grantId]);
    expect(row.attempts).toBe(1);
  });

  test("a runner killed mid-job: once its lock expires another runner finishes the job, then the next of its key", async () => {
    const lockMs = 1_500;
    const child = spawnChild("claim", { LOCK_MS: String(lockMs) });
    expect(await child.next()).toEqual({ ready: true });
    const [first] = await enqueueJobs(db, "customer:crash");
    const { started } = await child.next();
    const [second] = await enqueueJobs(db, "customer:crash");
    await child.kill();

    const abandoned = await outboxRow(db, first);
    expect((abandoned.data as EventData<"grants/grant.reconcile-requested">).grantId).toBe(started);
    expect(abandoned).toMatchObject({ attempts: 1, completedAt: null });
    const lockedUntil = abandoned.lockedUntil!.getTime();

    const { grantIds, handlers } = recordingHandlers();
    runner = startRunner({ db, handlers, pollMs: 20, log: quiet });
    const done = await waitFor(completed(db, first), 10_000);
    const after = await waitFor(completed(db, second), 10_000);
    // Not taken back while the dead runner's lock was still valid (10 ms of timestamp rounding).
    expect(done.completedAt!.getTime()).toBeGreaterThanOrEqual(lockedUntil - 10);
    expect(done.attempts).toBe(2);
    expect(after.attempts).toBe(1); // the dead process took nothing more
    expect(after.completedAt!.getTime()).toBeGreaterThanOrEqual(done.completedAt!.getTime());
    expect(grantIds[0]).toBe(started);
    expect(grantIds).toHaveLength(2);
  });
});
