import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import type { EventData } from "@/inngest/events";
import type { Db } from "@/lib/db";
import { createIsolatedDatabase, type IsolatedDatabase } from "@/test/isolated-database";
import { PermanentJobError, RetryableJobError } from "./job-errors";
import type { FailureHooks, JobHandlers } from "./job-types";
import { notifyRunner } from "./notify-runner";
import { startRunner, type Runner, type RunnerOptions } from "./start-runner";
import { completed, enqueueJobs, failed, outboxRow, sleep, waitFor } from "./testing/outbox-helpers";

type ReconcileData = EventData<"grants/grant.reconcile-requested">;

let database: IsolatedDatabase;
let db: Db;
const runners: Runner[] = [];
const quiet = { error: vi.fn(), warn: vi.fn() };

beforeAll(async () => {
  database = await createIsolatedDatabase("jobs_runner");
  db = database.connect();
});
afterAll(() => database.drop());
beforeEach(() => db.outbox.deleteMany());
afterEach(async () => {
  await Promise.all(runners.splice(0).map((runner) => runner.stop()));
});

function run(handlers: JobHandlers, options: Partial<RunnerOptions> = {}) {
  const runner = startRunner({ db, handlers, pollMs: 20, backoff: () => 0, log: quiet, ...options });
  runners.push(runner);
  return runner;
}

/** A reconcile handler that runs `behaviour` and remembers each call. */
function reconcile(behaviour: (call: number) => Promise<void> | void = () => undefined) {
  const calls: { data: ReconcileData; at: number }[] = [];
  const handlers: JobHandlers = {
    "grants/grant.reconcile-requested": async (_db, data) => {
      calls.push({ data, at: Date.now() });
      await behaviour(calls.length);
    },
  };
  return { calls, handlers };
}

describe("startRunner", () => {
  test("completes a job with its data, and notifyRunner() wakes it without waiting for a poll", async () => {
    const { calls, handlers } = reconcile();
    run(handlers, { pollMs: 60_000 });
    await sleep(50); // the first (empty) poll is over: from here only a wake-up can claim
    const [id] = await enqueueJobs(db, "customer:a");
    const committedAt = Date.now();
    notifyRunner();
    const row = await waitFor(completed(db, id), 2_000);
    expect(Date.now() - committedAt).toBeLessThan(1_000);
    expect(calls).toHaveLength(1);
    expect(calls[0].data).toEqual(row.data);
    expect(row).toMatchObject({ attempts: 1, lockedUntil: null, failedAt: null, lastError: null });
  });

  test("retries a RetryableJobError after the delay it asked for", async () => {
    const { calls, handlers } = reconcile((call) => {
      if (call === 1) throw new RetryableJobError("429 from provider", 600);
    });
    run(handlers);
    const [id] = await enqueueJobs(db, "customer:a");
    const retrying = await waitFor(async () => (await outboxRow(db, id)).lastError && outboxRow(db, id));
    expect(retrying).toMatchObject({ attempts: 1, completedAt: null, lockedUntil: null, lastError: "429 from provider" });
    const row = await waitFor(completed(db, id));
    expect(calls).toHaveLength(2);
    // Database and test share one clock; 50 ms of slack for timestamp rounding.
    expect(calls[1].at - calls[0].at).toBeGreaterThanOrEqual(550);
    expect(row).toMatchObject({ attempts: 2, failedAt: null });
  });

  test("an unexpected error is retried with backoff; when attempts run out the row fails and the hook runs", async () => {
    const { calls, handlers } = reconcile(() => {
      throw new Error("provider exploded");
    });
    const hook = vi.fn(async (..._args: unknown[]) => undefined);
    const failureHooks: FailureHooks = { "grants/grant.reconcile-requested": hook };
    run(handlers, { failureHooks, maxAttempts: 3 });
    const [id] = await enqueueJobs(db, "customer:a");
    const row = await waitFor(failed(db, id));
    expect(calls).toHaveLength(3);
    expect(row).toMatchObject({ attempts: 3, completedAt: null, lockedUntil: null, lastError: "provider exploded" });
    // (Not toHaveBeenCalledWith: deep-comparing the Prisma client overflows the stack.)
    expect(hook.mock.calls).toHaveLength(1);
    expect(hook.mock.calls[0]).toEqual([expect.anything(), row.data, "provider exploded"]);
    expect(hook.mock.calls[0][0]).toBe(db);
    await sleep(100);
    expect(calls).toHaveLength(3); // failed rows are never claimed again
  });

  test("a PermanentJobError fails at once and runs the hook", async () => {
    const { calls, handlers } = reconcile(() => {
      throw new PermanentJobError("benefit misconfigured");
    });
    const hook = vi.fn(async (..._args: unknown[]) => undefined);
    run(handlers, { failureHooks: { "grants/grant.reconcile-requested": hook } });
    const [id] = await enqueueJobs(db, "customer:a");
    const row = await waitFor(failed(db, id));
    expect(calls).toHaveLength(1);
    expect(row).toMatchObject({ attempts: 1, lastError: "benefit misconfigured" });
    expect(hook.mock.calls).toEqual([[expect.anything(), row.data, "benefit misconfigured"]]);
  });

  test("a failure hook that throws still fails the row, with both errors", async () => {
    const { handlers } = reconcile(() => {
      throw new PermanentJobError("no such repository");
    });
    const hook = vi.fn(async () => {
      throw new Error("grant table locked");
    });
    run(handlers, { failureHooks: { "grants/grant.reconcile-requested": hook } });
    const [id] = await enqueueJobs(db, "customer:a");
    const row = await waitFor(failed(db, id));
    expect(row.lastError).toBe("no such repository (failure hook failed: grant table locked)");
  });

  test("invalid data, an unknown event and a missing handler fail permanently without running anything", async () => {
    const { calls, handlers } = reconcile();
    const hook = vi.fn(async () => undefined);
    run(handlers, { failureHooks: { "grants/grant.reconcile-requested": hook } });
    const invalid = await db.outbox.create({
      data: { name: "grants/grant.reconcile-requested", data: { grantId: "not-a-uuid" } },
    });
    const unknown = await db.outbox.create({ data: { name: "grants/grant.exploded", data: {} } });
    const unhandled = await db.outbox.create({
      data: { name: "grants/grant.cycle-requested", data: { grantId: randomUUID(), customerId: randomUUID() } },
    });
    const rows = await Promise.all([invalid, unknown, unhandled].map((row) => waitFor(failed(db, row.id))));
    expect(rows.map((row) => row.lastError)).toEqual([
      expect.stringMatching(/^Invalid data for "grants\/grant.reconcile-requested": grantId: .*; customerId: /),
      'Unknown event "grants/grant.exploded"',
      'No handler for "grants/grant.cycle-requested"',
    ]);
    expect(rows.every((row) => row.attempts === 1)).toBe(true);
    expect(calls).toHaveLength(0);
    expect(hook).not.toHaveBeenCalled();
  });

  test("two runners run one key's jobs one at a time and in order, different keys in parallel", async () => {
    const second = database.connect(); // another process, as far as PostgreSQL can tell
    const keys = ["customer:a", "customer:b", "customer:c", "customer:d"];
    const jobOf = new Map<string, { key: string; seq: number }>();
    const runs: { key: string; seq: number; runner: string; start: number; end: number }[] = [];
    const handlers = (runner: string): JobHandlers => ({
      "grants/grant.reconcile-requested": async (_db, data) => {
        const start = performance.now();
        await sleep(15 + Math.random() * 30);
        runs.push({ ...jobOf.get(data.grantId)!, runner, start, end: performance.now() });
      },
    });
    run(handlers("A"), { concurrency: 2 });
    runners.push(startRunner({ db: second, handlers: handlers("B"), concurrency: 2, pollMs: 20, log: quiet }));

    // Separate transactions, keys interleaved, while the runners are already draining.
    const ids: string[] = [];
    for (let seq = 0; seq < 5; seq++) {
      for (const key of keys) {
        const [id] = await enqueueJobs(db, key);
        const row = await outboxRow(db, id);
        jobOf.set((row.data as ReconcileData).grantId, { key, seq });
        ids.push(id);
      }
    }
    await waitFor(async () => (await db.outbox.count({ where: { completedAt: { not: null } } })) === ids.length, 20_000);

    for (const key of keys) {
      const ofKey = runs.filter((r) => r.key === key).sort((x, y) => x.start - y.start);
      expect(ofKey.map((r) => r.seq)).toEqual([0, 1, 2, 3, 4]);
      for (let i = 1; i < ofKey.length; i++) expect(ofKey[i].start).toBeGreaterThanOrEqual(ofKey[i - 1].end);
    }
    const overlapping = Math.max(...runs.map((r) => runs.filter((o) => o.start < r.end && o.end > r.start).length));
    expect(overlapping).toBeGreaterThanOrEqual(2);
    expect(new Set(runs.map((r) => r.runner))).toEqual(new Set(["A", "B"]));
  });

  test("stop() waits for the jobs in flight and claims nothing after", async () => {
    const { calls, handlers } = reconcile(() => sleep(300));
    const runner = run(handlers);
    const [first] = await enqueueJobs(db, "customer:a");
    await waitFor(async () => calls.length === 1);
    await runner.stop();
    expect((await outboxRow(db, first)).completedAt).not.toBeNull();
    const [second] = await enqueueJobs(db, null);
    notifyRunner();
    await sleep(100);
    expect((await outboxRow(db, second)).attempts).toBe(0);
  });

  test("runs periodic tasks at start and then every interval, never overlapping, until stopped", async () => {
    let runs = 0;
    let running = 0;
    let maxRunning = 0;
    const task = async () => {
      runs++;
      maxRunning = Math.max(maxRunning, ++running);
      await sleep(30);
      running--;
    };
    const runner = run({}, { periodic: [{ name: "test", everyMs: 10, run: task }] });
    await waitFor(async () => runs >= 3, 2_000);
    await runner.stop();
    const after = runs;
    await sleep(100);
    expect(runs).toBe(after);
    expect(maxRunning).toBe(1);
  });
});
