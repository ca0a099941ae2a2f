import { PermanentJobError, RetryableJobError } from "@/lib/jobs/job-errors";

const INVITATION_LIMIT = /limit of \d+ invitations|invitation.*limit|too many invitations/i;

function retryAfterMs(headers: Record<string, string | number | undefined>): number | undefined {
  const retryAfter = Number(headers["retry-after"]);
  if (Number.isFinite(retryAfter) && retryAfter > 0) return retryAfter * 1000;
  const reset = Number(headers["x-ratelimit-reset"]);
  if (headers["x-ratelimit-remaining"] === "0" && Number.isFinite(reset)) return Math.max(1000, reset * 1000 - Date.now() + 1000);
  return undefined;
}

/** octokit's RequestError (name "HttpError"), recognised by shape rather than importing a transitive package. */
type RequestError = Error & { status: number; response?: { headers: Record<string, string | number | undefined>; data: unknown } };
const isRequestError = (err: unknown): err is RequestError => err instanceof Error && err.name === "HttpError" && typeof (err as RequestError).status === "number";

function details(err: RequestError): string {
  const data = err.response?.data as { errors?: { message?: string }[] } | undefined;
  return [err.message, ...(data?.errors ?? []).map((e) => e.message).filter(Boolean)].join(" — ");
}

/**
 * Turns what octokit threw into what the job engine understands. Transient (rate limits the
 * throttling plugin gave up waiting for, 5xx, timeouts, network) → RetryableJobError, with the
 * wait GitHub asked for. Anything retrying cannot fix → PermanentJobError telling the merchant
 * what to change; `subject` names the repository ("acme/app").
 */
export function toJobError(err: unknown, subject: string): Error {
  if (!isRequestError(err)) {
    if (err instanceof Error && /did not answer in time|fetch failed|ECONNREFUSED|ECONNRESET|socket/i.test(err.message)) {
      return new RetryableJobError(`GitHub could not be reached (${err.message})`);
    }
    return err instanceof Error ? err : new Error(String(err));
  }
  const headers = err.response?.headers ?? {};
  const wait = retryAfterMs(headers);
  const isRateLimited = err.status === 429 || (err.status === 403 && (wait !== undefined || /rate limit/i.test(err.message)));
  if (isRateLimited) return new RetryableJobError(`GitHub rate limit reached (${err.message})`, wait);
  if (err.status >= 500 || !err.response) return new RetryableJobError(`GitHub answered ${err.status} for ${subject} (${err.message})`);
  if (err.status === 401) {
    return new PermanentJobError(`GitHub refused Benefactor's credentials for ${subject}: reconnect GitHub on the Integrations page, then retry`);
  }
  if (err.status === 403) {
    return new PermanentJobError(
      `Benefactor cannot administer ${subject} (GitHub: ${err.message}). Give the GitHub App (or the token) administration access to the repository, then retry`,
    );
  }
  if (err.status === 404) {
    return new PermanentJobError(
      `GitHub answered 404 for ${subject}: the repository was deleted or renamed, or Benefactor lost access to it. Fix the repository or the GitHub App's repository access, then retry`,
    );
  }
  if (err.status === 422 && INVITATION_LIMIT.test(details(err))) {
    return new PermanentJobError(`GitHub's invitation limit for ${subject} was reached (50 invitations per repository per 24 hours): retry the grant later`);
  }
  return new PermanentJobError(`GitHub refused the request for ${subject}: ${details(err)}`);
}
