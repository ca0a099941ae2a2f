import { Webhook } from "standardwebhooks";
import { parseRetryAfter } from "@/lib/webhooks/retry-schedule";

export const DELIVERY_TIMEOUT_MS = 10_000;
const SNIPPET_BYTES = 1024;

export type WebhookAttempt = {
  isSuccess: boolean;
  /** null when no HTTP response came back (refused, DNS, timeout). */
  httpCode: number | null;
  /** The first 1 KB of the response body, or what went wrong when there was no response. */
  response: string | null;
  durationMs: number;
  retryAfterMs: number | null;
};

/**
 * One signed POST (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature). Never
 * throws: every outcome is an attempt to record. Redirects are not followed (a POST turned into a
 * GET would "succeed" without delivering anything): a 3xx is a failure.
 */
export async function sendWebhookRequest(input: {
  url: string;
  secret: string;
  messageId: string;
  body: string;
  timeoutMs?: number;
}): Promise<WebhookAttempt> {
  const timeoutMs = input.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  const sentAt = new Date();
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const res = await fetch(input.url, {
      method: "POST",
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        "content-type": "application/json",
        "user-agent": "Benefactor-Webhooks",
        "webhook-id": input.messageId,
        "webhook-timestamp": String(Math.floor(sentAt.getTime() / 1000)),
        "webhook-signature": new Webhook(input.secret).sign(input.messageId, sentAt, input.body),
      },
      body: input.body,
    });
    const response = await readSnippet(res);
    return {
      isSuccess: res.status >= 200 && res.status < 300,
      httpCode: res.status,
      response,
      durationMs: elapsed(),
      retryAfterMs: parseRetryAfter(res.headers.get("retry-after")),
    };
  } catch (err) {
    return { isSuccess: false, httpCode: null, response: describeNetworkError(err, timeoutMs), durationMs: elapsed(), retryAfterMs: null };
  }
}

/** Reads at most 1 KB and drops the rest, so a huge or endless body costs nothing. */
async function readSnippet(res: Response): Promise<string | null> {
  if (!res.body) return null;
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < SNIPPET_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    // The body broke off (or timed out) after the status arrived: keep what we have.
  } finally {
    reader.cancel().catch(() => {});
  }
  const bytes = Buffer.concat(chunks).subarray(0, SNIPPET_BYTES);
  // A cut in the middle of a UTF-8 sequence decodes to U+FFFD; PostgreSQL rejects NUL bytes.
  return new TextDecoder().decode(bytes).replaceAll("\u0000", "");
}

function describeNetworkError(err: unknown, timeoutMs: number): string {
  if (err instanceof DOMException && err.name === "TimeoutError") return `No response within ${timeoutMs / 1000} s`;
  if (err instanceof Error) {
    const cause = err.cause as { code?: string; message?: string } | undefined;
    const detail = cause?.code ?? cause?.message;
    return detail ? `${err.message} (${detail})` : err.message;
  }
  return "The request failed";
}
