// @inngest/test runs of the cron functions.
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { inngest } from "@/inngest/client";
import type { Db } from "@/lib/db";
import { enqueueJobs } from "@/lib/jobs/testing/outbox-helpers";
import { createIsolatedDatabase, type IsolatedDatabase } from "@/test/isolated-database";
import { fake } from "./testing/fake-jobs";

const sweep = vi.hoisted(() => ({ sweepSubscriptions: vi.fn(async (_db: unknown) => 3) }));
vi.mock("@/lib/db", async (importOriginal) => (await import("./testing/fake-jobs")).mockDbModule(importOriginal));
vi.mock("@/lib/purchases/sweep-subscriptions", () => sweep);
const purge = vi.hoisted(() => ({ purgeIdempotencyKeys: vi.fn(async () => 7) }));
vi.mock("@/lib/api/with-idempotency", () => purge);

const { outboxSweep } = await import("./outbox-sweep");
const { subscriptionsSweep } = await import("./subscriptions-sweep");
const { idempotencyPurge } = await import("./idempotency-purge");

let database: IsolatedDatabase;
let db: Db;
beforeAll(async () => {
  database = await createIsolatedDatabase("inngest_crons");
  db = fake.db = database.connect();
});
afterAll(() => database.drop());
beforeEach(() => db.outbox.deleteMany());

describe("subscriptions-sweep", () => {
  test("runs every minute, one run at a time", () => {
    expect(subscriptionsSweep.id()).toBe("subscriptions-sweep");
    expect(subscriptionsSweep.opts.triggers).toEqual([{ cron: "*/1 * * * *" }]);
    expect(subscriptionsSweep.opts.concurrency).toBe(1);
    expect(subscriptionsSweep.opts.retries).toBe(2);
  });

  test("sweeps subscriptions in one step", async () => {
    const { result, ctx } = await new InngestTestEngine({ function: subscriptionsSweep }).execute();
    expect(result).toEqual({ swept: 3 });
    expect(ctx.step.run).toHaveBeenCalledWith("sweep-subscriptions", expect.any(Function));
    expect(sweep.sweepSubscriptions).toHaveBeenCalledOnce();
    expect(sweep.sweepSubscriptions.mock.calls[0][0]).toBe(db);
  });
});

describe("outbox-sweep", () => {
  test("runs every minute, one run at a time", () => {
    expect(outboxSweep.id()).toBe("outbox-sweep");
    expect(outboxSweep.opts.triggers).toEqual([{ cron: "*/1 * * * *" }]);
    expect(outboxSweep.opts.concurrency).toBe(1);
  });

  test("sends every due unsent row to Inngest with its row id as event id, in batches", async () => {
    const ids = await enqueueJobs(db, "customer:a", 150);
    await enqueueJobs(db, null, 1, new Date(Date.now() + 60_000)); // not due: stays
    const send = vi.spyOn(inngest, "send").mockResolvedValue({ ids: [] });
    try {
      const { result, ctx } = await new InngestTestEngine({ function: outboxSweep }).execute();
      expect(result).toEqual({ sent: 150 });
      expect(ctx.step.run).toHaveBeenCalledWith("dispatch-outbox", expect.any(Function));
      const sent = send.mock.calls.flatMap(([events]) => (Array.isArray(events) ? events : [events]));
      expect(send.mock.calls.map(([events]) => (events as unknown[]).length)).toEqual([100, 50]);
      expect(sent.map((event) => event.id)).toEqual(ids);
      expect(sent[0]).toMatchObject({ name: "grants/grant.reconcile-requested", data: { grantId: expect.any(String) } });
      expect(await db.outbox.count({ where: { sentAt: null } })).toBe(1);
    } finally {
      send.mockRestore();
    }
  });
});

describe("idempotency-purge", () => {
  test("runs hourly, one run at a time, and purges expired keys in one step", async () => {
    expect(idempotencyPurge.id()).toBe("idempotency-purge");
    expect(idempotencyPurge.opts.triggers).toEqual([{ cron: "17 * * * *" }]);
    expect(idempotencyPurge.opts.concurrency).toBe(1);
    const { result, ctx } = await new InngestTestEngine({ function: idempotencyPurge }).execute();
    expect(result).toEqual({ purged: 7 });
    expect(ctx.step.run).toHaveBeenCalledWith("purge-idempotency-keys", expect.any(Function));
    expect(purge.purgeIdempotencyKeys).toHaveBeenCalledOnce();
  });
});
