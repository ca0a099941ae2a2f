import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import type { Db } from "@/lib/db";
import { createIsolatedDatabase, type IsolatedDatabase } from "@/test/isolated-database";
import { dispatchOutbox, type OutboxEvent } from "./dispatch-outbox";
import { notifyRunner } from "./notify-runner";
import { startDispatcher } from "./start-dispatcher";
import { enqueueJobs, outboxRow, sleep, waitFor } from "./testing/outbox-helpers";

let database: IsolatedDatabase;
let db: Db;

beforeAll(async () => {
  database = await createIsolatedDatabase("jobs_dispatch");
  db = database.connect();
});
afterAll(() => database.drop());
beforeEach(() => db.outbox.deleteMany());

function recorder() {
  const sent: OutboxEvent[][] = [];
  return { sent, send: async (events: OutboxEvent[]) => void sent.push(events) };
}

describe("dispatchOutbox (Inngest mode)", () => {
  test("sends due unsent rows with the row id as event id and stamps them; re-sends only stale ones", async () => {
    const due = await enqueueJobs(db, "customer:a", 2);
    const [later] = await enqueueJobs(db, null, 1, new Date(Date.now() + 60_000));
    const [done, dead, recent, stale] = await enqueueJobs(db, null, 4);
    await db.outbox.update({ where: { id: done }, data: { completedAt: new Date() } });
    await db.outbox.update({ where: { id: dead }, data: { failedAt: new Date() } });
    await db.outbox.update({ where: { id: recent }, data: { sentAt: new Date(Date.now() - 60_000) } });
    await db.outbox.update({ where: { id: stale }, data: { sentAt: new Date(Date.now() - 20 * 60_000) } });

    const { sent, send } = recorder();
    expect(await dispatchOutbox(db, send)).toBe(3);
    expect(sent).toHaveLength(1);
    const rows = await Promise.all([...due, stale].map((id) => outboxRow(db, id)));
    expect(sent[0]).toEqual(rows.map((row) => ({ id: row.id, name: row.name, data: row.data })));
    for (const row of rows) expect(Date.now() - row.sentAt!.getTime()).toBeLessThan(5_000);
    expect((await outboxRow(db, later)).sentAt).toBeNull();

    expect(await dispatchOutbox(db, send)).toBe(0); // nothing left
  });

  test("a failed send clears the stamps so the next round sends again", async () => {
    const [id] = await enqueueJobs(db, null);
    await expect(dispatchOutbox(db, async () => Promise.reject(new Error("Inngest unreachable")))).rejects.toThrow(
      "Inngest unreachable",
    );
    expect((await outboxRow(db, id)).sentAt).toBeNull();
    const { sent, send } = recorder();
    expect(await dispatchOutbox(db, send)).toBe(1);
    expect(sent.flat().map((event) => event.id)).toEqual([id]);
  });

  test("the dispatcher sends right after notifyRunner() and drains in batches", async () => {
    const { sent, send } = recorder();
    const dispatcher = startDispatcher({ db, send, intervalMs: 60_000, batchSize: 2, log: { error: vi.fn(), warn: vi.fn() } });
    try {
      await sleep(50); // its start-up round found nothing
      const ids = await enqueueJobs(db, null, 5);
      notifyRunner();
      await waitFor(async () => sent.flat().length === 5, 2_000);
      expect(sent.map((batch) => batch.length)).toEqual([2, 2, 1]);
      expect(sent.flat().map((event) => event.id)).toEqual(ids);
    } finally {
      await dispatcher.stop();
    }
  });
});
