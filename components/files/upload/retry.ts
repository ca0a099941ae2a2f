// Pause-free retry of one upload part: a failed attempt is tried again after a short backoff,
// a few times, before the file is marked failed.

export class PartUploadError extends Error {
  readonly status: number;
  /** Worth another attempt: the network dropped, the server was busy, or it timed out. */
  readonly isRetryable: boolean;
  constructor(message: string, status: number, isRetryable: boolean) {
    super(message);
    this.name = "PartUploadError";
    this.status = status;
    this.isRetryable = isRetryable;
  }
}

/** 0 (network error), 408, 425, 429 and 5xx are worth retrying; other 4xx will fail the same way. */
export const isRetryableStatus = (status: number) => status === 0 || status === 408 || status === 425 || status === 429 || status >= 500;

/** 500 ms, 1 s, 2 s, 4 s … capped at 8 s, with ±20 % jitter so parallel parts do not retry in step. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(8_000, 500 * 2 ** (attempt - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });

/** Runs `attempt` until it succeeds, fails for good, or `attempts` tries are spent. */
export async function withRetry<T>(
  attempt: (n: number) => Promise<T>,
  { attempts = 5, signal, onRetry, delay = backoffMs }: {
    attempts?: number;
    signal?: AbortSignal;
    onRetry?: (n: number, error: unknown) => void;
    delay?: (attempt: number) => number;
  } = {},
): Promise<T> {
  for (let n = 1; ; n += 1) {
    try {
      return await attempt(n);
    } catch (error) {
      const isRetryable = (error as { isRetryable?: unknown } | null)?.isRetryable === true;
      if (!isRetryable || n >= attempts || signal?.aborted) throw error;
      onRetry?.(n, error);
      await wait(delay(n), signal);
    }
  }
}
