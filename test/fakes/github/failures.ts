// Injected failures, scoped to one test's resources, and the optional per-installation rate limit.
import { send, sendError, type Req, type Res } from "./http";
import type { Caller, Failure, Installation, State } from "./state";

/** The repository ("owner/name", lower-cased) a request touches, if any. */
export function repoOfPath(path: string): string | null {
  const m = /^\/repos\/([^/]+)\/([^/]+)/.exec(path);
  return m ? `${decodeURIComponent(m[1])}/${decodeURIComponent(m[2])}`.toLowerCase() : null;
}

function matches(f: Failure, req: Req, caller: Caller | null): boolean {
  if (f.repo && repoOfPath(req.path) !== f.repo.toLowerCase()) return false;
  if (f.installation !== undefined) {
    const fromToken = caller?.kind === "installation" ? caller.installation.id : null;
    const fromPath = /^\/app\/installations\/(\d+)/.exec(req.path)?.[1];
    if (fromToken !== f.installation && Number(fromPath) !== f.installation) return false;
  }
  if (f.login && !req.path.toLowerCase().includes(`/${f.login.toLowerCase()}`) && !(caller && "login" in caller && caller.login.toLowerCase() === f.login.toLowerCase())) return false;
  if (f.path && !req.path.startsWith(f.path)) return false;
  return Boolean(f.repo || f.installation !== undefined || f.login || f.path);
}

/** Answers with an injected failure and returns true, or returns false to serve normally. */
export function injectFailure(state: State, req: Req, res: Res, caller: Caller | null): boolean {
  const f = state.failures.find((x) => x.remaining > 0 && matches(x, req, caller));
  if (!f) return false;
  f.remaining -= 1;
  state.failures = state.failures.filter((x) => x.remaining > 0);
  const reset = String(Math.ceil(Date.now() / 1000) + f.retryAfter);
  switch (f.kind) {
    case "timeout":
      return true; // never answers; the client's timeout has to fire
    case "500":
      sendError(res, 500, "Server Error");
      return true;
    case "502":
      send(res, 502, { message: "Server Error" });
      return true;
    case "secondary":
      sendError(res, 403, "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.", {}, { "retry-after": String(f.retryAfter) });
      return true;
    case "429":
      sendError(res, 429, "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.", {}, { "retry-after": String(f.retryAfter) });
      return true;
    case "primary":
      sendError(res, 403, "API rate limit exceeded for installation.", {}, { "x-ratelimit-limit": "5000", "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset, "x-ratelimit-used": "5000", "x-ratelimit-resource": "core" });
      return true;
  }
}

/** The installation's rate-limit headers; a 403 when its limit (if switched on) is spent. */
export function applyRateLimit(inst: Installation | null, res: Res): boolean {
  const now = Date.now();
  if (!inst?.rateLimit) {
    res.setHeader("x-ratelimit-limit", "5000");
    res.setHeader("x-ratelimit-remaining", "4999");
    res.setHeader("x-ratelimit-reset", String(Math.ceil(now / 1000) + 3600));
    res.setHeader("x-ratelimit-resource", "core");
    return false;
  }
  const rl = inst.rateLimit;
  if (now - rl.windowStart >= rl.windowMs) {
    rl.windowStart = now;
    rl.used = 0;
  }
  rl.used += 1;
  const reset = String(Math.ceil((rl.windowStart + rl.windowMs) / 1000));
  const headers = { "x-ratelimit-limit": String(rl.limit), "x-ratelimit-remaining": String(Math.max(0, rl.limit - rl.used)), "x-ratelimit-reset": reset, "x-ratelimit-used": String(rl.used), "x-ratelimit-resource": "core" };
  if (rl.used > rl.limit) {
    rl.exceeded += 1;
    sendError(res, 403, "API rate limit exceeded for installation.", {}, { ...headers, "x-ratelimit-remaining": "0" });
    return true;
  }
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  return false;
}
