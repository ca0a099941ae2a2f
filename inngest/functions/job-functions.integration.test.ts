// @inngest/test runs of the event functions: one step calling the same handler as the
// in-process runner, our job errors mapped to Inngest's, the outbox row completed or failed.
import { randomUUID } from "node:crypto";
import { InngestTestEngine } from "@inngest/test";
import { RetryAfterError, type FailureEventPayload, type InngestFunction } from "inngest";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import type { EventName } from "@/inngest/events";
import { enqueue } from "@/lib/jobs/enqueue";
import { runInngestJob } from "@/lib/jobs/inngest-job";
import { PermanentJobError, RetryableJobError } from "@/lib/jobs/job-errors";
import { MAX_ATTEMPTS } from "@/lib/jobs/retry-policy";
import { createIsolatedDatabase, type IsolatedDatabase } from "@/test/isolated-database";
import { fake, fakeHandlers } from "./testing/fake-jobs";

vi.mock("@/lib/db", async (importOriginal) => (await import("./testing/fake-jobs")).mockDbModule(importOriginal));
vi.mock("@/lib/jobs/handlers", async () => ({ handlers: (await import("./testing/fake-jobs")).fakeHandlers }));
vi.mock("@/lib/jobs/failure-hooks", async () => ({ failureHooks: (await import("./testing/fake-jobs")).fakeFailureHooks }));

const { grantBatchReapply } = await import("./grant-batch-reapply");
const { grantCycle } = await import("./grant-cycle");
const { grantReapply } = await import("./grant-reapply");
const { grantReconcile } = await import("./grant-reconcile");
const { webhookDeliver } = await import("./webhook-deliver");

let database: IsolatedDatabase;
beforeAll(async () => {
  database = await createIsolatedDatabase("inngest_functions");
  fake.db = database.connect();
});
afterAll(() => database.drop());
beforeEach(() => {
  fake.reset();
  // The SDK logs every failed step; these tests fail steps on purpose.
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});

const grantData = () => ({ grantId: randomUUID(), customerId: randomUUID() });
const cases = [
  { fn: grantReconcile, id: "grant-reconcile", step: "reconcile-grant", name: "grants/grant.reconcile-requested", data: grantData, key: "event.data.customerId", limit: 1 },
  { fn: grantReapply, id: "grant-reapply", step: "reapply-grant", name: "grants/grant.reapply-requested", data: grantData, key: "event.data.customerId", limit: 1 },
  { fn: grantBatchReapply, id: "grant-batch-reapply", step: "reapply-grant-batch", name: "grants/grant-batch.reapply-requested", data: () => ({ benefitId: randomUUID(), grantIds: [randomUUID(), randomUUID()] }), key: "event.data.benefitId", limit: 4 },
  { fn: grantCycle, id: "grant-cycle", step: "cycle-grant", name: "grants/grant.cycle-requested", data: grantData, key: "event.data.customerId", limit: 1 },
  { fn: webhookDeliver, id: "webhook-deliver", step: "deliver-webhook", name: "webhooks/event.delivery-requested", data: () => ({ webhookEventId: randomUUID(), endpointId: randomUUID() }), key: "event.data.endpointId", limit: 5 },
] as const;

describe.each(cases)("$id", ({ fn, id, step, name, data, key, limit }) => {
  /** An outbox row as the engine writes it, and the event the dispatcher would send for it. */
  async function outboxEvent() {
    const db = fake.db!;
    const [rowId] = await db.$transaction((tx) => enqueue(tx, [{ name, data: data() } as Parameters<typeof enqueue>[1][number]]));
    const row = await db.outbox.findUniqueOrThrow({ where: { id: rowId } });
    return { row, event: { id: row.id, name, data: row.data as Record<string, unknown> } };
  }
  // A new engine per run: @inngest/test remembers step results per engine.
  const engine = () => new InngestTestEngine({ function: fn });

  test("is configured with a stable id, the event, its retries and concurrency", () => {
    expect(fn.id()).toBe(id);
    expect(fn.opts.triggers).toEqual([expect.objectContaining({ name })]);
    expect(fn.opts.retries).toBe(MAX_ATTEMPTS[name as EventName] - 1);
    expect(fn.opts.concurrency).toEqual([{ key, limit }]);
  });

  test("runs the handler in one step and marks the outbox row completed", async () => {
    const { row, event } = await outboxEvent();
    const { result, ctx } = await engine().execute({ events: [event] });
    expect(result).toEqual({ outboxId: row.id });
    expect(ctx.step.run).toHaveBeenCalledTimes(1);
    expect(ctx.step.run).toHaveBeenCalledWith(step, expect.any(Function));
    expect(fake.calls).toEqual([{ name, data: row.data }]);
    const after = await fake.db!.outbox.findUniqueOrThrow({ where: { id: row.id } });
    expect(after.completedAt).not.toBeNull();
  });

  test("a RetryableJobError with a delay becomes a RetryAfterError; the row stays open", async () => {
    fake.behaviour = async () => {
      throw new RetryableJobError("429 Too Many Requests", 30_000);
    };
    const { row, event } = await outboxEvent();
    const { step: op } = await engine().executeStep(step, { events: [event] });
    expect(op).toMatchObject({ op: "StepError", error: { name: "RetryAfterError", message: "429 Too Many Requests" } });
    const error = await runInngestJob(fake.db!, fakeHandlers, name, event).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetryAfterError);
    expect((error as RetryAfterError).retryAfter).toBe("30"); // seconds, as Inngest sends it
    expect((await fake.db!.outbox.findUniqueOrThrow({ where: { id: row.id } })).completedAt).toBeNull();
  });

  test("a RetryableJobError without a delay and any other error retry with Inngest's backoff", async () => {
    fake.behaviour = async () => {
      throw new RetryableJobError("provider timeout");
    };
    const { event } = await outboxEvent();
    expect((await engine().executeStep(step, { events: [event] })).step).toMatchObject({
      op: "StepError",
      error: { name: "RetryableJobError", message: "provider timeout" },
    });
    fake.behaviour = async () => {
      throw new TypeError("undefined is not a function");
    };
    expect((await engine().executeStep(step, { events: [event] })).step).toMatchObject({
      op: "StepError",
      error: { name: "TypeError" },
    });
  });

  test("a PermanentJobError becomes a NonRetriableError: the step fails for good", async () => {
    fake.behaviour = async () => {
      throw new PermanentJobError("Repository not found");
    };
    const { event } = await outboxEvent();
    const { step: op } = await engine().executeStep(step, { events: [event] });
    expect(op).toMatchObject({ op: "StepFailed", error: { name: "NonRetriableError", message: "Repository not found" } });
  });

  test("invalid event data is rejected without retries before the handler runs", async () => {
    const { error } = await engine().execute({ events: [{ id: randomUUID(), name, data: { grantId: "nope" } }] });
    expect(error).toMatchObject({ name: "EventValidationError" });
    expect(fake.calls).toEqual([]);
  });

  test("onFailure runs the failure hook and marks the outbox row failed", async () => {
    const { row, event } = await outboxEvent();
    const onFailure = fn.opts.onFailure as unknown as (ctx: { event: FailureEventPayload; error: Error }) => Promise<void>;
    const failure: FailureEventPayload = {
      name: "inngest/function.failed",
      data: { function_id: `benefactor-${id}`, run_id: "run", error: { name: "Error", message: "gave up" }, event: { ...event, ts: Date.now() } },
    };
    await onFailure({ event: failure, error: new Error("gave up") });
    expect(fake.failures).toEqual([{ name, data: row.data, error: "gave up" }]);
    const after = await fake.db!.outbox.findUniqueOrThrow({ where: { id: row.id } });
    expect(after).toMatchObject({ lastError: "gave up", completedAt: null });
    expect(after.failedAt).not.toBeNull();
  });
});

// Keeps the InngestFunction type import honest: every case is one.
cases satisfies readonly { fn: InngestFunction.Any }[];
