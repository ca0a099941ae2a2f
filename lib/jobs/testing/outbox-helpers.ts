// Shared by the job engine's integration tests (not imported by application code).
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import { enqueue } from "@/lib/jobs/enqueue";

export const reconcileData = () => ({ grantId: randomUUID(), customerId: randomUUID() });

/** One committed transaction enqueueing `count` reconcile jobs for `key`, in order. */
export async function enqueueJobs(db: Db, key: string | null, count = 1, runAfter?: Date): Promise<string[]> {
  return db.$transaction((tx) =>
    enqueue(
      tx,
      Array.from({ length: count }, () => ({
        name: "grants/grant.reconcile-requested" as const,
        data: reconcileData(),
        concurrencyKey: key,
        runAfter,
      })),
    ),
  );
}

export function outboxRow(db: Db, id: string) {
  return db.outbox.findUniqueOrThrow({ where: { id } });
}

export async function waitFor<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const completed = (db: Db, id: string) => async () => {
  const row = await outboxRow(db, id);
  return row.completedAt ? row : null;
};

export const failed = (db: Db, id: string) => async () => {
  const row = await outboxRow(db, id);
  return row.failedAt ? row : null;
};

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
