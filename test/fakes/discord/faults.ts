// Failures a test injects for its own guild (or user): the next N calls touching it answer 500,
// 429 with Retry-After, or hang past the client's timeout. Scoped, never global, so tests sharing
// one fake instance cannot disturb each other.
import { rateLimited } from "./rate-limits";
import type { Reply } from "./http";

export type FaultKind = "500" | "502" | "429" | "timeout";
export type Fault = { kind: FaultKind; remaining: number; retryAfter: number; delayMs: number; route: string | null };

export function createFaults() {
  const byScope = new Map<string, Fault[]>();

  function add(scope: string, fault: Fault) {
    const list = byScope.get(scope) ?? [];
    list.push(fault);
    byScope.set(scope, list);
  }

  /** The fault to apply to this call, consuming one of its N. */
  function next(scopes: string[], route: string): Fault | null {
    for (const scope of scopes) {
      const list = byScope.get(scope);
      const fault = list?.find((f) => f.remaining > 0 && (f.route === null || route.includes(f.route)));
      if (!fault) continue;
      fault.remaining -= 1;
      if (list && list.every((f) => f.remaining === 0)) byScope.delete(scope);
      return fault;
    }
    return null;
  }

  return { add, next, clear: (scope: string) => byScope.delete(scope) };
}

export function faultReply(fault: Fault): Reply {
  if (fault.kind === "429") return rateLimited(fault.retryAfter);
  return { status: Number(fault.kind), body: { message: "Internal Server Error", code: 0 } };
}
