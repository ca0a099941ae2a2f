import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import type { Db } from "@/lib/db";
import { createIsolatedDatabase, type IsolatedDatabase } from "@/test/isolated-database";
import { CLAIM_LOCK_KEY, claimDueJobs } from "./claim-due-jobs";
import { enqueue } from "./enqueue";
import { markJobCompleted, markJobFailed, scheduleJobRetry } from "./job-row-updates";
import { enqueueJobs, reconcileData } from "./testing/outbox-helpers";

let database: IsolatedDatabase;
let db: Db;
let other: Db; // a second client: another runner process
const LOCK = { lockMs: 60_000 };

beforeAll(async () => {
  database = await createIsolatedDatabase("jobs_claim");
  db = database.connect();
  other = database.connect();
});
afterAll(() => database.drop());
beforeEach(() => db.outbox.deleteMany());

describe("claimDueJobs", () => {
  test("claims due rows oldest first, locks them and counts the attempt", async () => {
    const ids = await enqueueJobs(db, null, 3);
    await enqueueJobs(db, null, 1, new Date(Date.now() + 60_000)); // not due yet
    const claimed = await claimDueJobs(db, { limit: 10, lockMs: 60_000 });
    expect(claimed.map((job) => job.id)).toEqual(ids);
    expect(claimed[0]).toMatchObject({ name: "grants/grant.reconcile-requested", attempts: 1, concurrencyKey: null });
    const row = await db.outbox.findUniqueOrThrow({ where: { id: ids[0] } });
    expect(row.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(55_000);
    expect(await claimDueJobs(db, { limit: 10, ...LOCK })).toEqual([]); // locked rows are not due
  });

  test("takes back a row whose lock expired (its runner died)", async () => {
    const [id] = await enqueueJobs(db, "customer:a");
    await claimDueJobs(db, { limit: 1, lockMs: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const [again] = await claimDueJobs(other, { limit: 1, ...LOCK });
    expect(again).toMatchObject({ id, attempts: 2 });
  });

  test("one row per concurrency key at a time, in creation order; a retrying row keeps its place", async () => {
    const a = await enqueueJobs(db, "customer:a", 3); // one transaction: same created_at
    // Separate transactions: created_at decides.
    const b = [(await enqueueJobs(db, "customer:b"))[0]];
    await new Promise((resolve) => setTimeout(resolve, 5));
    b.push((await enqueueJobs(db, "customer:b"))[0]);
    expect((await claimDueJobs(db, { limit: 10, ...LOCK })).map((job) => job.id)).toEqual([a[0], b[0]]);
    expect(await claimDueJobs(other, { limit: 10, ...LOCK })).toEqual([]);

    await markJobCompleted(db, a[0]);
    await scheduleJobRetry(db, b[0], 60_000, "429");
    // a[1] is next for key a; b[1] waits behind b[0], which waits for its retry.
    expect((await claimDueJobs(other, { limit: 10, ...LOCK })).map((job) => job.id)).toEqual([a[1]]);

    await markJobFailed(db, a[1], "gave up");
    await markJobCompleted(db, b[0]);
    expect((await claimDueJobs(db, { limit: 10, ...LOCK })).map((job) => job.id)).toEqual([a[2], b[1]]);
  });

  test("keeps the order of jobs enqueued in one transaction", async () => {
    const ids = await enqueueJobs(db, "customer:a", 20);
    for (const id of ids) {
      const [job] = await claimDueJobs(db, { limit: 5, ...LOCK });
      expect(job.id).toBe(id);
      await markJobCompleted(db, id);
    }
  });

  test("an older row committed after a newer one of its key was claimed waits for it", async () => {
    // created_at is the enqueuing transaction's start: a slow transaction can commit a row that is
    // older than one already running. It must not run beside it.
    let commitSlow!: () => void;
    let slowEnqueued!: () => void;
    const slowIsEnqueued = new Promise<void>((resolve) => (slowEnqueued = resolve));
    const slow = db.$transaction(async (tx) => {
      const ids = await enqueue(tx, [{ name: "grants/grant.reconcile-requested", data: reconcileData(), concurrencyKey: "customer:a" }]);
      slowEnqueued();
      await new Promise<void>((resolve) => (commitSlow = resolve));
      return ids[0];
    });
    await slowIsEnqueued;
    const [fast] = await enqueueJobs(other, "customer:a");
    expect((await claimDueJobs(other, { limit: 10, ...LOCK })).map((job) => job.id)).toEqual([fast]);
    commitSlow();
    const older = await slow;
    const rows = await db.outbox.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(rows.map((row) => row.id)).toEqual([older, fast]);

    expect(await claimDueJobs(db, { limit: 10, ...LOCK })).toEqual([]);
    await markJobCompleted(other, fast);
    expect((await claimDueJobs(db, { limit: 10, ...LOCK })).map((job) => job.id)).toEqual([older]);
  });

  test("…also when that row commits while the claim of the newer one is still in flight", async () => {
    // The race the advisory lock exists for: runner 2 looks while runner 1's claim of the newer
    // row is not committed yet, but the older row already is. Runner 1's claim is played by hand
    // (same lock, same update) so it can be held open at exactly that moment.
    const gate = () => {
      let open!: () => void;
      const opened = new Promise<void>((resolve) => (open = resolve));
      return { open, opened };
    };
    const slowEnqueued = gate();
    const commitSlow = gate();
    const slow = db.$transaction(async (tx) => {
      const ids = await enqueue(tx, [{ name: "grants/grant.reconcile-requested", data: reconcileData(), concurrencyKey: "customer:a" }]);
      slowEnqueued.open();
      await commitSlow.opened;
      return ids[0];
    });
    await slowEnqueued.opened;
    const [fast] = await enqueueJobs(other, "customer:a");

    const claimHeld = gate();
    const commitClaim = gate();
    const runner1 = other.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${CLAIM_LOCK_KEY}::bigint)`;
      await tx.$executeRaw`UPDATE outbox SET locked_until = now() + interval '1 minute', attempts = attempts + 1 WHERE id = ${fast}::uuid`;
      claimHeld.open();
      await commitClaim.opened;
    });
    await claimHeld.opened;
    commitSlow.open();
    const older = await slow; // committed; runner 1's claim of `fast` is not
    const runner2 = claimDueJobs(db, { limit: 10, ...LOCK });
    await new Promise((resolve) => setTimeout(resolve, 100));
    commitClaim.open();
    await runner1;
    expect(await runner2).toEqual([]);
    expect((await db.outbox.findUniqueOrThrow({ where: { id: older } })).attempts).toBe(0);
  });

  test("concurrent claims from two clients never take one row twice nor two rows of one key", async () => {
    const keys = Array.from({ length: 8 }, (_, i) => `customer:${i}`);
    for (const key of keys) await enqueueJobs(db, key, 3);
    await enqueueJobs(db, null, 10);
    const claims = await Promise.all(
      Array.from({ length: 16 }, (_, i) => claimDueJobs(i % 2 ? db : other, { limit: 3, ...LOCK })),
    );
    const jobs = claims.flat();
    expect(new Set(jobs.map((job) => job.id)).size).toBe(jobs.length);
    const keyed = jobs.filter((job) => job.concurrencyKey !== null).map((job) => job.concurrencyKey);
    expect(keyed.sort()).toEqual(keys); // exactly the first row of each key
    expect(jobs.filter((job) => job.concurrencyKey === null)).toHaveLength(10);
  });
});
