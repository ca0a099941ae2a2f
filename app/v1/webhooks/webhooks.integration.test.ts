import { errors } from "@polar-sh/sdk/2026-10";
import { afterEach, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { deliverWebhookEvent } from "@/lib/webhooks/deliver-webhook-event";
import { api, createTestOrg, createTestUser } from "@/test/factories";
import { signInCookie } from "@/test/session";
import { createReceivingEndpoint, emitForTest, startWebhookReceiver, tryDeliver, type WebhookReceiver } from "@/test/webhook-receiver";

const receivers: WebhookReceiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

/**
 * Runs the delivery job the API enqueued: claims it before a job runner in the app server does
 * (or, if one already has it, waits for its attempt), so each job is attempted exactly once.
 */
async function runQueuedDelivery(webhookEventId: string) {
  const before = await db.webhookDelivery.count({ where: { eventId: webhookEventId } });
  const claimed = await db.$executeRaw`
    UPDATE outbox SET completed_at = now()
    WHERE name = 'webhooks/event.delivery-requested' AND data->>'webhookEventId' = ${webhookEventId}
      AND completed_at IS NULL AND failed_at IS NULL AND (locked_until IS NULL OR locked_until < now())`;
  if (claimed === 1) return deliverWebhookEvent(db, webhookEventId);
  for (let i = 0; i < 100 && (await db.webhookDelivery.count({ where: { eventId: webhookEventId } })) === before; i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("webhook endpoints API", () => {
  test("create shows the secret once; get, list, update and delete follow Polar's shapes", async () => {
    const { org, polar } = await createTestOrg();
    const receiver = await startWebhookReceiver();
    receivers.push(receiver);
    const created = await polar.webhooks.createWebhookEndpoint({ url: receiver.url, format: "raw", events: ["benefit_grant.created", "benefit.created"] });
    expect(created).toEqual({
      id: expect.any(String),
      created_at: expect.any(String),
      modified_at: expect.any(String),
      url: receiver.url,
      name: null,
      api_version: "2026-10",
      format: "raw",
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/),
      organization_id: org.id,
      events: ["benefit_grant.created", "benefit.created"],
      enabled: true,
      uses_standard_webhook_signature: true,
      consecutive_failures: 0,
      disabled_at: null,
    });

    const fetched = await polar.webhooks.getWebhookEndpoint(created.id);
    expect(fetched).toEqual({ ...created, secret: null });
    const list = await polar.webhooks.listWebhookEndpoints({ limit: 5 });
    expect(list).toEqual({ items: [{ ...created, secret: null }], pagination: { total_count: 1, max_page: 1 } });

    // benefit.deleted is Benefactor's own event (Polar's SDK does not list it).
    const updated = await polar.webhooks.updateWebhookEndpoint(created.id, { events: ["benefit.deleted"] as never, enabled: false });
    expect(updated).toMatchObject({ events: ["benefit.deleted"], enabled: false, secret: null, url: receiver.url });

    await polar.webhooks.deleteWebhookEndpoint(created.id);
    await expect(polar.webhooks.getWebhookEndpoint(created.id)).rejects.toBeInstanceOf(errors.ResourceNotFound);
  });

  test("the created secret signs deliveries; resetting it replaces it (shown once again)", async () => {
    const { org, polar } = await createTestOrg();
    const receiver = await startWebhookReceiver();
    receivers.push(receiver);
    const created = await polar.webhooks.createWebhookEndpoint({ url: receiver.url, format: "raw", events: ["benefit.created"] });
    receiver.setSecret(created.secret);
    const [first] = await emitForTest(org.id, "benefit.created", {});
    expect(await tryDeliver(first.webhookEventId)).toMatchObject({ status: "delivered" });

    const reset = await polar.webhooks.resetWebhookEndpointSecret(created.id);
    expect(reset.secret).toMatch(/^whsec_/);
    expect(reset.secret).not.toBe(created.secret);
    const [second] = await emitForTest(org.id, "benefit.created", {});
    expect(await tryDeliver(second.webhookEventId)).toBeInstanceOf(Error); // the receiver still has the old secret
    receiver.setSecret(reset.secret);
    expect(await tryDeliver(second.webhookEventId)).toMatchObject({ status: "delivered" });
    expect(receiver.requests.map((r) => r.verifyError)).toEqual([null, "No matching signature found", null]);
  });

  test("re-enabling clears the failure streak and Benefactor's disable mark", async () => {
    const { org, polar } = await createTestOrg();
    const { endpoint, receiver } = await createReceivingEndpoint(org.id);
    receivers.push(receiver);
    await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { enabled: false, disabledAt: new Date(), consecutiveFailures: 8 } });
    expect(await polar.webhooks.getWebhookEndpoint(endpoint.id)).toMatchObject({ enabled: false, disabled_at: expect.any(String), consecutive_failures: 8 });
    expect(await polar.webhooks.updateWebhookEndpoint(endpoint.id, { enabled: true })).toMatchObject({ enabled: true, disabled_at: null, consecutive_failures: 0 });
  });

  test("bad input is 422 with the field", async () => {
    const { token } = await createTestOrg();
    const cases: [unknown, (string | number)[], string, string][] = [
      [{ url: "ftp://example.com/h", format: "raw", events: [] }, ["body", "url"], "Must be an http:// or https:// URL", "custom"],
      [{ url: "https://user:pw@example.com/h", format: "raw", events: [] }, ["body", "url"], "Must not contain a user name or password", "custom"],
      [{ url: "not a url", format: "raw", events: [] }, ["body", "url"], "Enter a full URL, e.g. https://example.com/webhooks", "custom"],
      [{ url: "https://example.com/h", format: "slack", events: [] }, ["body", "format"], "Benefactor sends the raw format only", "invalid_value"],
    ];
    for (const [json, loc, msg, type] of cases) {
      const res = await api("/v1/webhooks/endpoints", { method: "POST", token, json });
      expect(res.status, JSON.stringify(json)).toBe(422);
      expect(await res.json()).toEqual({ error: "RequestValidationError", detail: [{ loc, msg, type }] });
    }
    const patch = await api(`/v1/webhooks/endpoints/00000000-0000-4000-8000-000000000000`, { method: "PATCH", token, json: { url: "ftp://x" } });
    expect(patch.status).toBe(422);
    const badEvent = await api("/v1/webhooks/endpoints", { method: "POST", token, json: { url: "https://example.com/h", format: "raw", events: ["order.created"] } });
    expect(badEvent.status).toBe(422);
    expect((await badEvent.json()).detail[0].loc).toEqual(["body", "events", 0]);
    const missing = await api("/v1/webhooks/endpoints", { method: "POST", token, json: { format: "raw", events: [] } });
    expect((await missing.json()).detail).toContainEqual({ loc: ["body", "url"], msg: "Field required", type: "missing" });
  });

  test("no auth is 401; another organization's endpoint or event is 404; members cannot delete", async () => {
    const a = await createTestOrg();
    const b = await createTestOrg();
    const { endpoint, receiver } = await createReceivingEndpoint(a.org.id);
    receivers.push(receiver);
    const [job] = await emitForTest(a.org.id, "benefit.created", {});

    const anonymous = await api("/v1/webhooks/endpoints");
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: "Unauthorized", detail: "Missing or invalid access token" });
    expect((await api("/v1/webhooks/deliveries")).status).toBe(401);
    expect((await api(`/v1/webhooks/events/${job.webhookEventId}/redeliver`, { method: "POST" })).status).toBe(401);

    const notFound = { error: "ResourceNotFound", detail: "Webhook endpoint not found" };
    for (const [method, path, json] of [
      ["GET", `/v1/webhooks/endpoints/${endpoint.id}`, undefined],
      ["PATCH", `/v1/webhooks/endpoints/${endpoint.id}`, { enabled: false }],
      ["DELETE", `/v1/webhooks/endpoints/${endpoint.id}`, undefined],
      ["PATCH", `/v1/webhooks/endpoints/${endpoint.id}/secret`, undefined],
    ] as const) {
      const res = await api(path, { method, token: b.token, json });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(await res.json()).toEqual(notFound);
    }
    const redeliver = await api(`/v1/webhooks/events/${job.webhookEventId}/redeliver`, { method: "POST", token: b.token });
    expect(redeliver.status).toBe(404);
    expect(await redeliver.json()).toEqual({ error: "ResourceNotFound", detail: "Webhook event not found" });
    expect((await b.polar.webhooks.listWebhookEndpoints()).items).toEqual([]);
    expect((await api(`/v1/webhooks/endpoints/not-a-uuid`, { token: a.token })).status).toBe(404);
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({ enabled: true });

    const member = await createTestUser();
    await db.membership.create({ data: { organizationId: a.org.id, userId: member.id, role: "member" } });
    const cookie = await signInCookie(member.email, member.password);
    expect((await api(`/v1/webhooks/endpoints/${endpoint.id}`, { headers: { cookie } })).status).toBe(200);
    expect((await api(`/v1/webhooks/endpoints/${endpoint.id}`, { method: "DELETE", headers: { cookie } })).status).toBe(403);
  });
});

describe("webhook deliveries API", () => {
  test("lists attempts filtered by endpoint, and redeliver adds a new attempt with the same webhook-id", async () => {
    const a = await createTestOrg();
    const one = await createReceivingEndpoint(a.org.id, ["benefit.created"]);
    const two = await createReceivingEndpoint(a.org.id, ["benefit.created"]);
    receivers.push(one.receiver, two.receiver);
    const jobs = await emitForTest(a.org.id, "benefit.created", { id: "b1" });
    one.receiver.replyWith({ status: 500, body: "oops" });
    for (const job of jobs) await tryDeliver(job.webhookEventId);
    const eventOne = jobs.find((j) => j.endpointId === one.endpoint.id)!.webhookEventId;

    const page = await a.polar.webhooks.listWebhookDeliveries({ endpoint_id: one.endpoint.id });
    expect(page.pagination).toEqual({ total_count: 1, max_page: 1 });
    expect(page.items[0]).toMatchObject({
      succeeded: false,
      http_code: 500,
      response: "oops",
      endpoint_id: one.endpoint.id,
      duration_ms: expect.any(Number),
      webhook_event: { id: eventOne, type: "benefit.created", succeeded: false, last_http_code: 500, skipped: false },
    });
    expect(JSON.parse(page.items[0].webhook_event.payload!)).toMatchObject({ type: "benefit.created", data: { id: "b1" } });
    expect((await a.polar.webhooks.listWebhookDeliveries({})).pagination.total_count).toBe(2);
    expect((await a.polar.webhooks.listWebhookDeliveries({ succeeded: true })).items.map((d) => d.webhook_event.id)).not.toContain(eventOne);

    expect(await a.polar.webhooks.redeliverWebhookEvent(eventOne)).toBeNull();
    await runQueuedDelivery(eventOne);
    const after = await a.polar.webhooks.listWebhookDeliveries({ endpoint_id: one.endpoint.id });
    expect(after.items.map((d) => [d.succeeded, d.http_code])).toEqual([[true, 200], [false, 500]]);
    expect(one.receiver.requests.map((r) => [r.id, r.verifyError])).toEqual([[eventOne, null], [eventOne, null]]);

    // Another organization sees none of it.
    const b = await createTestOrg();
    expect((await b.polar.webhooks.listWebhookDeliveries({ endpoint_id: one.endpoint.id })).items).toEqual([]);
  });

  test("a delivered event can be redelivered; a disabled endpoint's cannot", async () => {
    const { org, polar, token } = await createTestOrg();
    const { endpoint, receiver } = await createReceivingEndpoint(org.id);
    receivers.push(receiver);
    const [job] = await emitForTest(org.id, "benefit_grant.created", {});
    await tryDeliver(job.webhookEventId);
    await polar.webhooks.redeliverWebhookEvent(job.webhookEventId);
    await runQueuedDelivery(job.webhookEventId);
    expect(receiver.accepted().map((r) => r.id)).toEqual([job.webhookEventId, job.webhookEventId]);

    await polar.webhooks.updateWebhookEndpoint(endpoint.id, { enabled: false });
    const res = await api(`/v1/webhooks/events/${job.webhookEventId}/redeliver`, { method: "POST", token });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: "BadRequest", detail: "The webhook endpoint is disabled: enable it before redelivering" });
  });
});
