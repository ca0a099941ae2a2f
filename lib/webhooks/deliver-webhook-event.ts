import type { Db } from "@/lib/db";
import { PermanentJobError, RetryableJobError } from "@/lib/jobs/job-errors";
import { recordWebhookAttempt } from "@/lib/webhooks/record-webhook-attempt";
import { MAX_ATTEMPTS, nextRetryDelayMs } from "@/lib/webhooks/retry-schedule";
import { openSecret, SecretBoxError } from "@/lib/webhooks/secret-box";
import { sendWebhookRequest } from "@/lib/webhooks/send-webhook-request";

export type DeliveryResult = { status: "delivered"; httpCode: number | null } | { status: "skipped"; reason: string };

/**
 * The job behind `webhooks/event.delivery-requested`: one signed attempt to deliver one event.
 * A failure throws RetryableJobError carrying our own schedule (about a day in all, or the
 * receiver's Retry-After when longer); a 410, an exhausted schedule or an unreadable secret
 * throw PermanentJobError. The webhook-id is the event id on every attempt, so receivers can
 * drop a duplicate (delivery is at least once).
 */
export async function deliverWebhookEvent(db: Db, webhookEventId: string): Promise<DeliveryResult> {
  const event = await db.webhookEvent.findUnique({
    where: { id: webhookEventId },
    select: {
      id: true,
      organizationId: true,
      endpointId: true,
      payload: true,
      succeeded: true,
      endpoint: { select: { url: true, secret: true, enabled: true } },
    },
  });
  // The endpoint was deleted (its events went with it) or switched off: nothing to do.
  if (!event) return { status: "skipped", reason: "event or endpoint deleted" };
  if (!event.endpoint.enabled) return { status: "skipped", reason: "endpoint disabled" };
  // A repeated job for an event that already arrived (redelivery resets `succeeded` first).
  if (event.succeeded === true) return { status: "skipped", reason: "already delivered" };

  let secret: string;
  try {
    secret = openSecret(event.endpoint.secret, event.organizationId);
  } catch (err) {
    if (!(err instanceof SecretBoxError)) throw err;
    const message = `Not sent: ${err.message}. Reset the endpoint's secret.`;
    await recordWebhookAttempt(db, event, { isSuccess: false, httpCode: null, response: message, durationMs: 0, retryAfterMs: null });
    throw new PermanentJobError(message);
  }

  const attempt = await sendWebhookRequest({
    url: event.endpoint.url,
    secret,
    messageId: event.id,
    body: JSON.stringify(event.payload),
  });
  const outcome = await recordWebhookAttempt(db, event, attempt);
  if (outcome.kind === "delivered") return { status: "delivered", httpCode: attempt.httpCode };

  const what = attempt.httpCode === null ? attempt.response ?? "no response" : `HTTP ${attempt.httpCode}`;
  if (attempt.httpCode === 410) throw new PermanentJobError(`Webhook endpoint answered 410 Gone: it was disabled`);
  const delay = nextRetryDelayMs(outcome.failedAttempts, attempt.retryAfterMs);
  if (delay === null) {
    const disabled = outcome.isEndpointDisabled ? "; the endpoint was disabled" : "";
    throw new PermanentJobError(`Webhook delivery gave up after ${outcome.failedAttempts} failed attempts (last: ${what})${disabled}`);
  }
  throw new RetryableJobError(`Webhook delivery failed (${what}), attempt ${outcome.failedAttempts} of ${MAX_ATTEMPTS}`, delay);
}
