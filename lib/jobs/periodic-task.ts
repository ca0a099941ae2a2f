import type { JobLogger } from "./job-types";

export type PeriodicTask = {
  name: string;
  everyMs: number;
  run: () => Promise<unknown>;
};

/**
 * Runs a task now and then every `everyMs` after the previous run ended (never two runs at once,
 * however slow the task). Running at start-up catches up on what came due while no process ran.
 * Errors are logged; the next run comes anyway.
 */
export function startPeriodicTask(task: PeriodicTask, log: JobLogger = console) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: Promise<void> | undefined;
  let isStopped = false;

  const tick = () => {
    current = task
      .run()
      .then(
        () => undefined,
        (error: unknown) => log.error(`[jobs] periodic task ${task.name} failed`, error),
      )
      .finally(() => {
        current = undefined;
        if (!isStopped) timer = setTimeout(tick, task.everyMs);
      });
  };
  timer = setTimeout(tick, 0);

  return {
    /** Resolves once a run in progress (if any) has ended. */
    async stop(): Promise<void> {
      isStopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
