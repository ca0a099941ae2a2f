import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import type { Db } from "@/lib/db";
import { createIsolatedDatabase, type IsolatedDatabase } from "@/test/isolated-database";
import { claimDueJobs } from "./claim-due-jobs";
import { RetryableJobError } from "./job-errors";
import type { JobHandlers } from "./job-types";
import { runJob } from "./run-job";
import { enqueueJobs, outboxRow } from "./testing/outbox-helpers";

let database: IsolatedDatabase;
let db: Db;
const quiet = { error: vi.fn(), warn: vi.fn() };

beforeAll(async () => {
  database = await createIsolatedDatabase("jobs_run");
  db = database.connect();
});
afterAll(() => database.drop());
beforeEach(() => db.outbox.deleteMany());

const failingWith = (error: Error): JobHandlers => ({
  "grants/grant.reconcile-requested": async () => {
    throw error;
  },
});

/** Enqueues, claims and runs one job; returns how far in the future its retry was scheduled. */
async function retryDelayAfter(handlers: JobHandlers, backoff?: (attempts: number) => number) {
  const [id] = await enqueueJobs(db, null);
  const [job] = await claimDueJobs(db, { limit: 1, lockMs: 60_000 });
  const before = Date.now();
  expect(await runJob(db, job, handlers, { backoff, log: quiet })).toBe("retrying");
  const row = await outboxRow(db, id);
  expect(row).toMatchObject({ lockedUntil: null, completedAt: null, failedAt: null });
  return { delay: row.runAfter.getTime() - before, row };
}

describe("runJob retry scheduling", () => {
  test("an unexpected error waits the backoff of the attempt (about 1 s after the first)", async () => {
    const { delay, row } = await retryDelayAfter(failingWith(new Error("socket hang up")));
    expect(delay).toBeGreaterThanOrEqual(800 - 50);
    expect(delay).toBeLessThanOrEqual(1_200 + 50);
    expect(row.lastError).toBe("socket hang up");
  });

  test("a RetryableJobError waits for its Retry-After when that is longer than the backoff", async () => {
    const { delay } = await retryDelayAfter(failingWith(new RetryableJobError("429", 30_000)), () => 1_000);
    expect(delay).toBeGreaterThanOrEqual(30_000 - 50);
    expect(delay).toBeLessThanOrEqual(30_000 + 50);
  });

  test("…and for the backoff when its Retry-After is shorter", async () => {
    const { delay } = await retryDelayAfter(failingWith(new RetryableJobError("429", 10)), () => 5_000);
    expect(delay).toBeGreaterThanOrEqual(5_000 - 50);
    expect(delay).toBeLessThanOrEqual(5_000 + 50);
  });

  test("a retried job keeps its place: the next job of its key waits", async () => {
    const [first, second] = await enqueueJobs(db, "customer:a", 2);
    const [job] = await claimDueJobs(db, { limit: 5, lockMs: 60_000 });
    expect(job.id).toBe(first);
    await runJob(db, job, failingWith(new RetryableJobError("429", 60_000)), { log: quiet });
    expect(await claimDueJobs(db, { limit: 5, lockMs: 60_000 })).toEqual([]);
    expect((await outboxRow(db, second)).attempts).toBe(0);
  });
});
