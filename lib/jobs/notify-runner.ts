// Wakes the job runner (or, in Inngest mode, the outbox dispatcher) of this process right after a
// commit that enqueued work, so purchase → granted takes milliseconds instead of a poll interval.
// No imports on purpose: route handlers call this on their hot path.
//
// Listeners live on globalThis because Next bundles instrumentation.ts and each route separately:
// module-level state would not be shared between the code that notifies and the runner.

type Listener = () => void;

const globalForRunner = globalThis as unknown as { benefactorRunnerListeners?: Set<Listener> };
const listeners = (globalForRunner.benefactorRunnerListeners ??= new Set<Listener>());

/** Call after committing a transaction that enqueued jobs. A no-op when no runner is listening. */
export function notifyRunner(): void {
  for (const listener of listeners) listener();
}

/** For runners: be told when work was just committed. Returns the unsubscribe function. */
export function onRunnerNotified(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
