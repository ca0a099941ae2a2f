/**
 * How a job tells its runner what to do with a failure. The in-process runner and the Inngest
 * functions map these the same way (Inngest: RetryAfterError / NonRetriableError).
 */

/** Try again later — after `retryAfterMs` if the provider said so (429 Retry-After). */
export class RetryableJobError extends Error {
  readonly retryAfterMs?: number;
  constructor(message: string, retryAfterMs?: number) {
    super(message);
    this.name = "RetryableJobError";
    this.retryAfterMs = retryAfterMs;
  }
}

/** Retrying cannot help (bad configuration, a 4xx from a provider): record it and stop. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PermanentJobError";
  }
}
