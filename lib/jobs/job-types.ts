import type { EventData, EventName } from "@/inngest/events";
import type { Db } from "@/lib/db";

/** The domain function that does the work of one event (same shape as lib/jobs/handlers.ts). */
export type JobHandler<N extends EventName> = (db: Db, data: EventData<N>) => Promise<unknown>;

/** Event name → handler. Runners take a table so tests can pass fakes; a missing entry fails the job. */
export type JobHandlers = { [N in EventName]?: JobHandler<N> };

/**
 * Called when a job has failed for good (permanent error or retries ran out), e.g. to mark its
 * grant `failed`. Runs before the outbox row is marked failed, so a crash in between runs it
 * again: it must be idempotent (at least once, like the handlers).
 */
export type FailureHook<N extends EventName> = (db: Db, data: EventData<N>, error: string) => Promise<void>;

export type FailureHooks = { [N in EventName]?: FailureHook<N> };

/** An outbox row as the runner sees it after claiming it. */
export type ClaimedJob = {
  id: string;
  name: string;
  data: unknown;
  organizationId: string | null;
  concurrencyKey: string | null;
  /** Including the attempt just claimed: 1 on the first run. */
  attempts: number;
  createdAt: Date;
};

export type JobLogger = Pick<Console, "error" | "warn">;
