import type { Db } from "@/lib/db";
import { MAX_ATTEMPTS } from "@/lib/webhooks/retry-schedule";
import type { WebhookAttempt } from "@/lib/webhooks/send-webhook-request";

export type AttemptOutcome =
  | { kind: "delivered" }
  /** `failedAttempts`: failures of this event since it last succeeded, this one included. */
  | { kind: "failed"; failedAttempts: number; isEndpointDisabled: boolean };

/**
 * Writes one attempt to the delivery log and its consequences, atomically: the event's state, the
 * endpoint's failure streak, and disabling the endpoint when it is gone (410) or when an event
 * used all its retries while nothing else reached the endpoint either (the streak is at least one
 * event's worth of attempts). A success from any event resets the streak, so one event the
 * receiver keeps rejecting does not disable an endpoint that otherwise works.
 */
export async function recordWebhookAttempt(
  db: Db,
  event: { id: string; endpointId: string },
  attempt: WebhookAttempt,
): Promise<AttemptOutcome> {
  return db.$transaction(async (tx) => {
    await tx.webhookDelivery.create({
      data: {
        eventId: event.id,
        endpointId: event.endpointId,
        succeeded: attempt.isSuccess,
        httpCode: attempt.httpCode,
        response: attempt.response,
        durationMs: attempt.durationMs,
      },
    });
    await tx.webhookEvent.update({
      where: { id: event.id },
      data: { succeeded: attempt.isSuccess, lastHttpCode: attempt.httpCode },
    });
    if (attempt.isSuccess) {
      await tx.webhookEndpoint.update({ where: { id: event.endpointId }, data: { consecutiveFailures: 0 } });
      return { kind: "delivered" };
    }

    const { consecutiveFailures } = await tx.webhookEndpoint.update({
      where: { id: event.endpointId },
      data: { consecutiveFailures: { increment: 1 } },
      select: { consecutiveFailures: true },
    });
    const lastSuccess = await tx.webhookDelivery.findFirst({
      where: { eventId: event.id, succeeded: true },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    const failedAttempts = await tx.webhookDelivery.count({
      where: { eventId: event.id, succeeded: false, ...(lastSuccess ? { createdAt: { gt: lastSuccess.createdAt } } : {}) },
    });
    const isGone = attempt.httpCode === 410;
    const isExhausted = failedAttempts >= MAX_ATTEMPTS && consecutiveFailures >= MAX_ATTEMPTS;
    let isEndpointDisabled = false;
    if (isGone || isExhausted) {
      // Only an enabled endpoint: one the merchant switched off meanwhile stays "disabled by you".
      const { count } = await tx.webhookEndpoint.updateMany({
        where: { id: event.endpointId, enabled: true },
        data: { enabled: false, disabledAt: new Date() },
      });
      isEndpointDisabled = count > 0;
    }
    return { kind: "failed", failedAttempts, isEndpointDisabled };
  });
}
