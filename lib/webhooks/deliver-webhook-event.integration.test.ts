import { afterEach, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { PermanentJobError, RetryableJobError } from "@/lib/jobs/job-errors";
import { RETRY_DELAYS_MS } from "@/lib/webhooks/retry-schedule";
import { sealSecret } from "@/lib/webhooks/secret-box";
import { createTestOrg } from "@/test/factories";
import { createReceivingEndpoint, emitForTest, startWebhookReceiver, tryDeliver, type WebhookReceiver } from "@/test/webhook-receiver";

const receivers: WebhookReceiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

async function orgWithEndpoint() {
  const { org } = await createTestOrg();
  const created = await createReceivingEndpoint(org.id);
  receivers.push(created.receiver);
  return { org, ...created };
}

const endpointRow = (id: string) => db.webhookEndpoint.findUniqueOrThrow({ where: { id } });

describe("deliverWebhookEvent: failures and retries", () => {
  test("receiver down for a while: retried on schedule, none lost, none doubled", async () => {
    const { org, endpoint, receiver } = await orgWithEndpoint();
    const ids: string[] = [];
    for (const n of [1, 2, 3]) ids.push(...(await emitForTest(org.id, "benefit_grant.created", { n })).map((j) => j.webhookEventId));
    receiver.replyWith({ status: 500, body: "down" }, 5);

    // What the job runner does: run each pending job, again after each failure, until none is left.
    let pending = [...ids];
    const delaysSeen: number[] = [];
    for (let round = 0; pending.length > 0 && round < 8; round++) {
      const next: string[] = [];
      for (const id of pending) {
        const result = await tryDeliver(id);
        if (result instanceof RetryableJobError) {
          delaysSeen.push(result.retryAfterMs!);
          next.push(id);
        } else expect(result).toEqual({ status: "delivered", httpCode: 200 });
      }
      pending = next;
    }
    expect(pending).toEqual([]);
    expect(delaysSeen).toEqual([60_000, 60_000, 60_000, 300_000, 300_000]);

    expect(receiver.requests).toHaveLength(8);
    expect(receiver.requests.every((r) => r.verifyError === null)).toBe(true);
    // Every event accepted exactly once; the retried ones came back under the same webhook-id.
    expect(receiver.accepted().map((r) => r.id).sort()).toEqual([...ids].sort());
    const attemptsPerId = ids.map((id) => receiver.requests.filter((r) => r.id === id).length);
    expect(attemptsPerId).toEqual([3, 3, 2]);

    const deliveries = await db.webhookDelivery.findMany({ where: { endpointId: endpoint.id } });
    expect(deliveries.filter((d) => d.succeeded)).toHaveLength(3);
    expect(deliveries.filter((d) => !d.succeeded).map((d) => [d.httpCode, d.response])).toEqual(Array(5).fill([500, "down"]));
    expect(await db.webhookEvent.count({ where: { endpointId: endpoint.id, succeeded: true } })).toBe(3);
    expect((await endpointRow(endpoint.id)).consecutiveFailures).toBe(0);
  });

  test("an unreachable receiver is recorded without an HTTP code and retried", async () => {
    const { org, endpoint } = await orgWithEndpoint();
    const closed = await startWebhookReceiver();
    await closed.close();
    await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { url: closed.url } });
    const [job] = await emitForTest(org.id, "benefit.created", {});
    expect(await tryDeliver(job.webhookEventId)).toMatchObject({ name: "RetryableJobError", retryAfterMs: 60_000 });
    const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { eventId: job.webhookEventId } });
    expect(delivery).toMatchObject({ succeeded: false, httpCode: null, response: expect.stringContaining("ECONNREFUSED") });
    expect(await db.webhookEvent.findUniqueOrThrow({ where: { id: job.webhookEventId } })).toMatchObject({ succeeded: false, lastHttpCode: null });
  });

  test("Retry-After is honoured when longer than the schedule", async () => {
    const { org, receiver } = await orgWithEndpoint();
    const [job] = await emitForTest(org.id, "benefit.updated", {});
    receiver.replyWith({ status: 503, headers: { "retry-after": "7200" } });
    receiver.replyWith({ status: 429, headers: { "retry-after": "1" } });
    expect(await tryDeliver(job.webhookEventId)).toMatchObject({ name: "RetryableJobError", retryAfterMs: 7_200_000 });
    expect(await tryDeliver(job.webhookEventId)).toMatchObject({ name: "RetryableJobError", retryAfterMs: 300_000 });
    expect(await tryDeliver(job.webhookEventId)).toEqual({ status: "delivered", httpCode: 200 });
  });

  test("410 Gone disables the endpoint at once", async () => {
    const { org, endpoint, receiver } = await orgWithEndpoint();
    const [job] = await emitForTest(org.id, "benefit_grant.revoked", {});
    receiver.replyWith({ status: 410, body: "gone" });
    const err = await tryDeliver(job.webhookEventId);
    expect(err).toBeInstanceOf(PermanentJobError);
    expect(err).toMatchObject({ message: "Webhook endpoint answered 410 Gone: it was disabled" });
    expect(await endpointRow(endpoint.id)).toMatchObject({ enabled: false, disabledAt: expect.any(Date), consecutiveFailures: 1 });
    expect(await emitForTest(org.id, "benefit_grant.revoked", {})).toEqual([]);
    expect(await tryDeliver(job.webhookEventId)).toEqual({ status: "skipped", reason: "endpoint disabled" });
    expect(receiver.requests).toHaveLength(1);
  });

  test("after a day of failed retries the event gives up and the endpoint is disabled", async () => {
    const { org, endpoint, receiver } = await orgWithEndpoint();
    const [job] = await emitForTest(org.id, "benefit.created", {});
    receiver.replyWith({ status: 500 }, 8);
    const delays: number[] = [];
    for (let i = 0; i < 7; i++) {
      const err = await tryDeliver(job.webhookEventId);
      expect(err).toBeInstanceOf(RetryableJobError);
      delays.push((err as RetryableJobError).retryAfterMs!);
    }
    expect(delays).toEqual([...RETRY_DELAYS_MS]);
    const last = await tryDeliver(job.webhookEventId);
    expect(last).toBeInstanceOf(PermanentJobError);
    expect((last as Error).message).toBe("Webhook delivery gave up after 8 failed attempts (last: HTTP 500); the endpoint was disabled");
    expect(await endpointRow(endpoint.id)).toMatchObject({ enabled: false, disabledAt: expect.any(Date), consecutiveFailures: 8 });
  });

  test("one event the receiver keeps rejecting does not disable an endpoint that otherwise works", async () => {
    const { org, endpoint, receiver } = await orgWithEndpoint();
    const [poison] = await emitForTest(org.id, "benefit.created", { poison: true });
    receiver.replyWith({ status: 400 }, 7);
    for (let i = 0; i < 7; i++) expect(await tryDeliver(poison.webhookEventId)).toBeInstanceOf(RetryableJobError);
    const [fine] = await emitForTest(org.id, "benefit.updated", {});
    expect(await tryDeliver(fine.webhookEventId)).toMatchObject({ status: "delivered" });
    receiver.replyWith({ status: 400 });
    expect(await tryDeliver(poison.webhookEventId)).toBeInstanceOf(PermanentJobError);
    expect(await endpointRow(endpoint.id)).toMatchObject({ enabled: true, disabledAt: null, consecutiveFailures: 1 });
  });

  test("a secret that cannot be decrypted fails permanently and says what to do", async () => {
    const { org, endpoint, receiver } = await orgWithEndpoint();
    await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { secret: sealSecret("whsec_x", "another-org") } });
    const [job] = await emitForTest(org.id, "benefit.created", {});
    const err = await tryDeliver(job.webhookEventId);
    expect(err).toBeInstanceOf(PermanentJobError);
    expect((err as Error).message).toMatch(/cannot be decrypted .*Reset the endpoint's secret/);
    expect(receiver.requests).toHaveLength(0);
    expect(await db.webhookDelivery.findFirstOrThrow({ where: { eventId: job.webhookEventId } })).toMatchObject({ succeeded: false, httpCode: null });
  });

  test("a deleted endpoint's job finishes quietly", async () => {
    const { org, endpoint, receiver } = await orgWithEndpoint();
    const [job] = await emitForTest(org.id, "benefit.created", {});
    await db.webhookEndpoint.delete({ where: { id: endpoint.id } });
    expect(await tryDeliver(job.webhookEventId)).toEqual({ status: "skipped", reason: "event or endpoint deleted" });
    expect(receiver.requests).toHaveLength(0);
  });
});
