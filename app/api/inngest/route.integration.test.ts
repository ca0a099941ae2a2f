// The serve route driven the way Inngest's executor drives it (no Inngest server can run here):
// POST ?fnId=…&stepId=step with the event and the step state, read the ops. Dev mode, so no
// request signing. Checks what @inngest/test cannot: the HTTP contract (Retry-After, no-retry).
import { randomUUID } from "node:crypto";
import type { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { PermanentJobError, RetryableJobError } from "@/lib/jobs/job-errors";
import { createIsolatedDatabase, type IsolatedDatabase } from "@/test/isolated-database";
import { fake } from "@/inngest/functions/testing/fake-jobs";

const previousDev = vi.hoisted(() => {
  const previous = process.env.INNGEST_DEV;
  process.env.INNGEST_DEV = "1"; // before the client is created: dev mode serves unsigned requests
  return previous;
});
vi.mock("@/lib/db", async (importOriginal) => (await import("@/inngest/functions/testing/fake-jobs")).mockDbModule(importOriginal));
vi.mock("@/lib/jobs/handlers", async () => ({ handlers: (await import("@/inngest/functions/testing/fake-jobs")).fakeHandlers }));

const { GET, POST } = await import("./route");

let database: IsolatedDatabase;
beforeAll(async () => {
  database = await createIsolatedDatabase("inngest_route");
  fake.db = database.connect();
});
afterAll(async () => {
  if (previousDev === undefined) delete process.env.INNGEST_DEV;
  else process.env.INNGEST_DEV = previousDev;
  await database.drop();
});
beforeEach(() => {
  fake.reset();
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});

const call = (handler: typeof GET, url: string, body?: unknown) =>
  handler(
    new Request(url, body === undefined ? {} : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }) as NextRequest,
    undefined as never,
  );

/** The executor's first request for a fresh run: no step has run yet. */
function firstCall(fnId: string, event: { id: string; name: string; data: unknown }) {
  const payload = { ...event, ts: Date.now() };
  return call(POST, `http://localhost/api/inngest?fnId=benefactor-${fnId}&stepId=step`, {
    event: payload,
    events: [payload],
    steps: {},
    ctx: { run_id: randomUUID(), attempt: 0, stack: { stack: [], current: 0 } },
    version: 2,
  });
}

const reconcileEvent = () => ({
  id: randomUUID(),
  name: "grants/grant.reconcile-requested",
  data: { grantId: randomUUID(), customerId: randomUUID() },
});

describe("app/api/inngest", () => {
  test("GET describes the app: all eight functions (plus the five failure handlers)", async () => {
    const res = await call(GET, "http://localhost/api/inngest");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ mode: "dev", function_count: 13 });
  });

  test("runs a job's step and reports its result", async () => {
    const res = await firstCall("grant-reconcile", reconcileEvent());
    expect(res.status).toBe(206);
    const [op] = await res.json();
    expect(op).toMatchObject({ op: "StepRun", name: "reconcile-grant", data: { outboxId: expect.any(String) } });
    expect(fake.calls).toHaveLength(1);
  });

  test("a provider's Retry-After reaches Inngest as the Retry-After header", async () => {
    fake.behaviour = async () => {
      throw new RetryableJobError("429", 90_000);
    };
    const res = await firstCall("grant-reconcile", reconcileEvent());
    expect(res.status).toBe(206);
    expect(res.headers.get("retry-after")).toBe("90");
    expect(res.headers.get("x-inngest-no-retry")).toBe("false");
    expect((await res.json())[0]).toMatchObject({ op: "StepError", error: { name: "RetryAfterError" } });
  });

  test("a permanent failure tells Inngest not to retry", async () => {
    fake.behaviour = async () => {
      throw new PermanentJobError("Benefit misconfigured");
    };
    const res = await firstCall("grant-reconcile", reconcileEvent());
    expect(res.headers.get("x-inngest-no-retry")).toBe("true");
    expect((await res.json())[0]).toMatchObject({ op: "StepFailed", error: { name: "NonRetriableError", message: "Benefit misconfigured" } });
  });
});
