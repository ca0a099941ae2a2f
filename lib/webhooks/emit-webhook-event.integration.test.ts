import { afterEach, describe, expect, test } from "vitest";
import { Webhook } from "standardwebhooks";
import { db } from "@/lib/db";
import { emitWebhookEvent } from "@/lib/webhooks/emit-webhook-event";
import { createTestOrg } from "@/test/factories";
import { createReceivingEndpoint, emitForTest, tryDeliver, type WebhookReceiver } from "@/test/webhook-receiver";

const receivers: WebhookReceiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

async function orgWithEndpoint(events?: Parameters<typeof createReceivingEndpoint>[1]) {
  const { org } = await createTestOrg();
  const created = await createReceivingEndpoint(org.id, events);
  receivers.push(created.receiver);
  return { org, ...created };
}

describe("emitWebhookEvent + deliverWebhookEvent", () => {
  test("an emitted event is delivered once, signed, and verifies with the endpoint's secret", async () => {
    const { org, endpoint, receiver } = await orgWithEndpoint();
    const jobs = await emitForTest(org.id, "benefit_grant.created", { id: "grant-1", is_granted: true });
    expect(jobs).toHaveLength(1);
    // Parallel delivery: no per-endpoint serialisation key.
    expect(jobs[0]).toMatchObject({ endpointId: endpoint.id, concurrencyKey: null });

    const result = await tryDeliver(jobs[0].webhookEventId);
    expect(result).toEqual({ status: "delivered", httpCode: 200 });
    expect(receiver.requests).toHaveLength(1);
    const [received] = receiver.requests;
    expect(received.verifyError).toBeNull();
    expect(received.id).toBe(jobs[0].webhookEventId);
    expect(received.headers["user-agent"]).toBe("Benefactor-Webhooks");
    expect(received.headers["content-type"]).toBe("application/json");
    expect(received.payload).toEqual({ type: "benefit_grant.created", timestamp: expect.any(String), data: { id: "grant-1", is_granted: true } });
    expect(new Date(received.payload!.timestamp).toISOString()).toBe(received.payload!.timestamp);

    const event = await db.webhookEvent.findUniqueOrThrow({ where: { id: received.id }, include: { deliveries: true } });
    expect(event).toMatchObject({ succeeded: true, lastHttpCode: 200, type: "benefit_grant.created" });
    expect(event.deliveries).toEqual([
      expect.objectContaining({ succeeded: true, httpCode: 200, response: '{"received":true}', durationMs: expect.any(Number) }),
    ]);

    // A repeated job (outbox re-send) does not send a delivered event twice.
    expect(await tryDeliver(received.id)).toEqual({ status: "skipped", reason: "already delivered" });
    expect(receiver.requests).toHaveLength(1);
  });

  test("the signature detects a wrong secret and a tampered body", async () => {
    const { org, secret, receiver } = await orgWithEndpoint();
    const [job] = await emitForTest(org.id, "benefit.created", { id: "b1" });
    await tryDeliver(job.webhookEventId);
    const [{ body, headers }] = receiver.requests;
    const h = headers as Record<string, string>;
    expect(new Webhook(secret).verify(body, h)).toMatchObject({ type: "benefit.created" });
    const otherSecret = `whsec_${Buffer.alloc(32, 7).toString("base64")}`;
    expect(() => new Webhook(otherSecret).verify(body, h)).toThrow("No matching signature found");
    expect(() => new Webhook(secret).verify(body.replace("b1", "b2"), h)).toThrow("No matching signature found");
    expect(() => new Webhook(secret).verify(body, { ...h, "webhook-id": "other" })).toThrow("No matching signature found");
  });

  test("a receiver holding the wrong secret rejects the delivery, which is then retried", async () => {
    const { org, receiver } = await orgWithEndpoint();
    receiver.setSecret(`whsec_${Buffer.alloc(32, 1).toString("base64")}`);
    const [job] = await emitForTest(org.id, "benefit.updated", {});
    const err = await tryDeliver(job.webhookEventId);
    expect(err).toMatchObject({ name: "RetryableJobError", retryAfterMs: 60_000 });
    expect(receiver.requests[0]).toMatchObject({ verifyError: "No matching signature found", status: 401 });
    const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { eventId: job.webhookEventId } });
    expect(delivery).toMatchObject({ succeeded: false, httpCode: 401, response: "No matching signature found" });
  });

  test("only enabled endpoints subscribed to the type get an event", async () => {
    const { org, endpoint, receiver } = await orgWithEndpoint(["benefit.created"]);
    const off = await createReceivingEndpoint(org.id);
    receivers.push(off.receiver);
    await db.webhookEndpoint.update({ where: { id: off.endpoint.id }, data: { enabled: false } });

    expect(await emitForTest(org.id, "benefit.deleted", {})).toEqual([]);
    const jobs = await emitForTest(org.id, "benefit.created", {});
    expect(jobs.map((j) => j.endpointId)).toEqual([endpoint.id]);
    expect(await db.webhookEvent.count({ where: { endpointId: off.endpoint.id } })).toBe(0);
    await tryDeliver(jobs[0].webhookEventId);
    expect(receiver.requests).toHaveLength(1);
    expect(off.receiver.requests).toHaveLength(0);
  });

  test("an endpoint disabled after the event was emitted gets nothing", async () => {
    const { org, endpoint, receiver } = await orgWithEndpoint();
    const [job] = await emitForTest(org.id, "benefit_grant.revoked", {});
    await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { enabled: false } });
    expect(await tryDeliver(job.webhookEventId)).toEqual({ status: "skipped", reason: "endpoint disabled" });
    expect(receiver.requests).toHaveLength(0);
    expect(await db.webhookDelivery.count({ where: { endpointId: endpoint.id } })).toBe(0);
  });

  test("an organization without endpoints writes nothing, and the transaction decides", async () => {
    const { org } = await createTestOrg();
    await db.$transaction((tx) => emitWebhookEvent(tx, org.id, "benefit.created", { id: "x" }));
    expect(await db.webhookEvent.count({ where: { organizationId: org.id } })).toBe(0);
    expect(await db.outbox.count({ where: { organizationId: org.id } })).toBe(0);

    const { org: other, endpoint } = await orgWithEndpoint();
    await expect(
      db.$transaction(async (tx) => {
        await emitWebhookEvent(tx, other.id, "benefit.created", {});
        throw new Error("the state change failed");
      }),
    ).rejects.toThrow("the state change failed");
    expect(await db.webhookEvent.count({ where: { endpointId: endpoint.id } })).toBe(0);
    expect(await db.outbox.count({ where: { organizationId: other.id } })).toBe(0);
  });

  test("the secret is stored encrypted", async () => {
    const { endpoint, secret } = await orgWithEndpoint();
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(row.secret.startsWith("v1.")).toBe(true);
    expect(row.secret).not.toContain(secret.slice(6));
  });
});
