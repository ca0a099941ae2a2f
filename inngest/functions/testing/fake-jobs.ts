// Test doubles for the Inngest function tests: handlers and failure hooks whose behaviour a test
// sets, and a database the tests own. The test files wire them in with vi.mock (see there).
import type { EventName } from "@/inngest/events";
import type { Db } from "@/lib/db";
import type { FailureHooks, JobHandlers } from "@/lib/jobs/job-types";

type Call = { name: EventName; data: unknown };

export const fake = {
  db: undefined as Db | undefined,
  behaviour: async (): Promise<void> => undefined,
  calls: [] as Call[],
  failures: [] as (Call & { error: string })[],
  reset() {
    this.behaviour = async () => undefined;
    this.calls = [];
    this.failures = [];
  },
};

const names: EventName[] = [
  "grants/grant.reconcile-requested",
  "grants/grant.reapply-requested",
  "grants/grant-batch.reapply-requested",
  "grants/grant.cycle-requested",
  "webhooks/event.delivery-requested",
];

export const fakeHandlers = Object.fromEntries(
  names.map((name) => [
    name,
    async (_db: Db, data: unknown) => {
      fake.calls.push({ name, data });
      await fake.behaviour();
    },
  ]),
) as JobHandlers;

export const fakeFailureHooks = Object.fromEntries(
  names.map((name) => [
    name,
    async (_db: Db, data: unknown, error: string) => {
      fake.failures.push({ name, data, error });
    },
  ]),
) as FailureHooks;

/** lib/db with `db` swapped for the test's own database (the functions import `db` directly). */
export async function mockDbModule(importOriginal: () => Promise<typeof import("@/lib/db")>) {
  const actual = await importOriginal();
  return {
    ...actual,
    get db() {
      if (!fake.db) throw new Error("fake.db is not set");
      return fake.db;
    },
  };
}
