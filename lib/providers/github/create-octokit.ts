import { createAppAuth } from "@octokit/auth-app";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import Bottleneck from "bottleneck";
import { githubApiUrl, githubAppCredentials } from "@/lib/providers/github/github-env";

/** How Benefactor authenticates to GitHub for one organization. */
export type GitHubAuth = { kind: "github_app"; installationId: string } | { kind: "github_token"; token: string };

const ThrottledOctokit = Octokit.plugin(throttling);
export type GitHubClient = InstanceType<typeof ThrottledOctokit>;

/** Rate-limit waits the client sits out itself (the grant's transaction is open meanwhile); longer ones go back to the job engine. */
const MAX_INLINE_RETRIES = 2;
const MAX_INLINE_WAIT_S = 20;

const envNumber = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value >= 0 && process.env[name] !== "" ? value : fallback;
};

let groups: { write: Bottleneck.Group; notifications: Bottleneck.Group } | null = null;
function limiterGroups() {
  // GitHub asks integrations to leave a second between content-creating requests (an invitation
  // notifies someone). Per installation/token; GITHUB_WRITE_INTERVAL_MS tunes it (tests use 0).
  const minTime = envNumber("GITHUB_WRITE_INTERVAL_MS", 1000);
  groups ??= {
    write: new Bottleneck.Group({ maxConcurrent: 1, minTime }),
    notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime }),
  };
  return groups;
}

/** fetch with a deadline, so a GitHub that never answers becomes a retryable failure, not a hung grant. */
function fetchWithTimeout(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const timeout = AbortSignal.timeout(envNumber("GITHUB_TIMEOUT_MS", 10_000));
  const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
  return fetch(input, { ...init, signal }).catch((err: unknown) => {
    if (err instanceof Error && err.name === "TimeoutError") throw new Error("GitHub did not answer in time");
    throw err;
  });
}

const inlineRetry = (retryAfter: number, retryCount: number) => retryCount < MAX_INLINE_RETRIES && retryAfter <= MAX_INLINE_WAIT_S;

/**
 * An octokit for one GitHub App installation or token: honours 429 / secondary and primary rate
 * limits through the throttling plugin (Retry-After, a bounded number of times), spaces writes,
 * and times requests out. Errors are left to the caller (see to-job-error.ts).
 */
export function createOctokit(auth: GitHubAuth, throttleId: string): GitHubClient {
  const common = {
    baseUrl: githubApiUrl(),
    userAgent: "benefactor",
    request: { fetch: fetchWithTimeout },
    throttle: {
      id: throttleId,
      ...limiterGroups(),
      onRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => inlineRetry(retryAfter, retryCount),
      onSecondaryRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => inlineRetry(retryAfter, retryCount),
    },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  };
  if (auth.kind === "github_token") return new ThrottledOctokit({ ...common, auth: auth.token });
  const app = githubAppCredentials();
  if (!app) throw new Error("GitHub App is not configured (GITHUB_APP_ID, GITHUB_APP_PRIVATE_KEY)");
  return new ThrottledOctokit({
    ...common,
    authStrategy: createAppAuth,
    auth: { appId: app.appId, privateKey: app.privateKey, installationId: auth.installationId },
  });
}

/** An app-level octokit (JWT), to read an installation during setup. */
export function createAppOctokit(): GitHubClient {
  const app = githubAppCredentials();
  if (!app) throw new Error("GitHub App is not configured (GITHUB_APP_ID, GITHUB_APP_PRIVATE_KEY)");
  return new ThrottledOctokit({
    baseUrl: githubApiUrl(),
    userAgent: "benefactor",
    request: { fetch: fetchWithTimeout },
    throttle: { enabled: false },
    authStrategy: createAppAuth,
    auth: { appId: app.appId, privateKey: app.privateKey },
  });
}
