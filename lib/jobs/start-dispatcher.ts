import type { Db } from "@/lib/db";
import { dispatchOutbox, type SendEvents } from "./dispatch-outbox";
import type { JobLogger } from "./job-types";
import { onRunnerNotified } from "./notify-runner";
import { createWakeSignal } from "./wake-signal";

export type Dispatcher = { stop(): Promise<void> };

/**
 * Inngest mode's counterpart of the runner: sends the outbox to Inngest right after a commit
 * (notifyRunner) and every `intervalMs` (work scheduled for later, rows a crashed process left
 * unsent, sends that failed). The `outbox-sweep` cron function does the same from Inngest's side,
 * for deployments where no app process stays up (serverless).
 */
export function startDispatcher({
  db,
  send,
  intervalMs = 30_000,
  batchSize = 100,
  log = console,
}: {
  db: Db;
  send: SendEvents;
  intervalMs?: number;
  batchSize?: number;
  log?: JobLogger;
}): Dispatcher {
  const signal = createWakeSignal();
  let isStopping = false;
  const unsubscribe = onRunnerNotified(signal.wake);

  const loop = async () => {
    while (!isStopping) {
      try {
        // A full batch means there may be more: keep going until the outbox is drained.
        while (!isStopping && (await dispatchOutbox(db, send, { limit: batchSize })) === batchSize);
      } catch (error) {
        log.error("[jobs] sending the outbox to Inngest failed; retrying later", error);
      }
      await signal.sleep(intervalMs);
    }
  };
  const looping = loop();

  return {
    async stop() {
      isStopping = true;
      unsubscribe();
      signal.wake();
      await looping;
    },
  };
}
