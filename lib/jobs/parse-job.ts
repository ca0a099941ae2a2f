import { EVENTS, type EventData, type EventName } from "@/inngest/events";

export type ParsedJob = { ok: true; name: EventName; data: EventData<EventName> } | { ok: false; error: string };

/**
 * Checks an outbox row's name and data against the typed event catalog before any handler sees
 * it. A row that fails here can never succeed (it was written by a bug or an older release), so
 * callers fail it permanently instead of retrying.
 */
export function parseJob(name: string, data: unknown): ParsedJob {
  if (!Object.hasOwn(EVENTS, name)) return { ok: false, error: `Unknown event "${name}"` };
  const eventName = name as EventName;
  const result = EVENTS[eventName].schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join(".") || "data"}: ${issue.message}`);
    return { ok: false, error: `Invalid data for "${name}": ${issues.join("; ")}` };
  }
  return { ok: true, name: eventName, data: result.data };
}

export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));
