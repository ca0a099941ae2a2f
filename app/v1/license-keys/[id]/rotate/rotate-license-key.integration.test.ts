import { errors } from "@polar-sh/sdk/2026-10";
import { afterEach, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { addActivations, createKeyCatalog, statusAndBody } from "@/lib/license-keys/merchant-key-test-support";
import { call } from "@/lib/purchases/purchase-test-support";
import { createReceivingEndpoint, type WebhookReceiver } from "@/test/webhook-receiver";

const receivers: WebhookReceiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

const rotatedEvents = (organizationId: string) =>
  db.webhookEvent.findMany({ where: { organizationId, type: "license_key.rotated" }, orderBy: { createdAt: "asc" } });

describe("POST /v1/license-keys/{id}/rotate", () => {
  test("a new key string on the same record: activations, usage and limits kept; the grant and a signed webhook follow", async () => {
    const { org, polar, buy } = await createKeyCatalog();
    const { receiver } = await createReceivingEndpoint(org.id, ["license_key.rotated"]);
    receivers.push(receiver);
    const { key } = await buy();
    await addActivations(key.id, ["laptop", "desktop"]);
    await db.licenseKey.update({ where: { id: key.id }, data: { usage: 12, validations: 4 } });

    const rotated = await polar.licenseKeys.rotate(key.id);
    expect(rotated).toMatchObject({ id: key.id, status: "granted", usage: 12, validations: 4, limit_activations: 3, limit_usage: 100 });
    expect(rotated.key).toMatch(/^APP-[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(rotated.key).not.toBe(key.key);
    expect(rotated.display_key).toBe(`****-${rotated.key.slice(-6)}`);
    expect(rotated).not.toHaveProperty("activations");

    // The old string no longer exists in the organization; the new one does, with its activations.
    expect(await db.licenseKey.findFirst({ where: { organizationId: org.id, key: key.key } })).toBeNull();
    const row = await db.licenseKey.findFirstOrThrow({ where: { organizationId: org.id, key: rotated.key }, include: { activations: true } });
    expect([row.id, row.activations.length]).toEqual([key.id, 2]);
    // Validation (the server-side variant) agrees: the old string is unknown, the new one is this key.
    await expect(polar.licenseKeys.validate({ key: key.key, organization_id: org.id })).rejects.toBeInstanceOf(errors.ResourceNotFound);
    expect(await polar.licenseKeys.validate({ key: rotated.key, organization_id: org.id })).toMatchObject({ id: key.id, status: "granted" });
    const grant = await db.benefitGrant.findUniqueOrThrow({ where: { id: key.grantId as string } });
    expect(grant.properties).toEqual({ license_key_id: key.id, display_key: rotated.display_key });

    // license_key.rotated is recorded with the change and carries the new record, never the old key.
    const [event] = await rotatedEvents(org.id);
    expect(event.payload).toEqual({
      type: "license_key.rotated",
      timestamp: expect.any(String),
      data: { ...rotated, previous_display_key: key.displayKey },
    });
    expect(JSON.stringify(event.payload)).not.toContain(key.key);
    await expect.poll(() => receiver.accepted().map((r) => r.payload?.type), { timeout: 20_000 }).toEqual(["license_key.rotated"]);
    expect(receiver.accepted()[0].payload?.data).toMatchObject({ id: key.id, key: rotated.key });
  });

  test("a disabled key rotates and stays disabled; a revoked key is 400 RotateNotPermitted and keeps its key", async () => {
    const { org, polar, token, buy } = await createKeyCatalog();
    const { key } = await buy();
    await db.licenseKey.update({ where: { id: key.id }, data: { status: "disabled" } });
    const rotated = await polar.licenseKeys.rotate(key.id);
    expect(rotated).toMatchObject({ status: "disabled" });

    await db.licenseKey.update({ where: { id: key.id }, data: { status: "revoked" } });
    expect(await statusAndBody(token, "POST", `/v1/license-keys/${key.id}/rotate`)).toEqual([
      400,
      {
        error: "RotateNotPermitted",
        detail: "License key cannot be rotated in its current status. Current status: revoked. Allowed statuses: disabled, granted.",
      },
    ]);
    await expect(polar.licenseKeys.rotate(key.id)).rejects.toBeInstanceOf(errors.RotateNotPermitted);
    expect((await db.licenseKey.findUniqueOrThrow({ where: { id: key.id } })).key).toBe(rotated.key);
    // No endpoint subscribed: nothing recorded, and the refusal recorded nothing either.
    expect(await rotatedEvents(org.id)).toEqual([]);
  });

  test("parallel rotations run one after another: each event's previous key is the one before it", async () => {
    const { org, token, buy } = await createKeyCatalog();
    const { receiver } = await createReceivingEndpoint(org.id, ["license_key.rotated"]);
    receivers.push(receiver);
    const { key } = await buy();
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => statusAndBody(token, "POST", `/v1/license-keys/${key.id}/rotate`)));
    expect(results.map(([status]) => status)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(results.map(([, body]) => body.key)).size).toBe(5);

    const events = (await rotatedEvents(org.id)).map((e) => (e.payload as { data: { display_key: string; previous_display_key: string } }).data);
    expect(events).toHaveLength(5);
    // Serialised: the events form one chain from the original key to the one stored now.
    let previous = key.displayKey;
    const byPrevious = new Map(events.map((e) => [e.previous_display_key, e.display_key]));
    for (let i = 0; i < 5; i++) previous = byPrevious.get(previous) as string;
    expect(previous).toBe((await db.licenseKey.findUniqueOrThrow({ where: { id: key.id } })).displayKey);
  });

  test("a retry with the same Idempotency-Key answers the first new key instead of rotating again", async () => {
    const { token, buy } = await createKeyCatalog();
    const { key } = await buy();
    const headers = { "Idempotency-Key": `rotate-${key.id}` };
    const [s1, first] = await call(token, "POST", `/v1/license-keys/${key.id}/rotate`, undefined, headers);
    const [s2, again, h2] = await call(token, "POST", `/v1/license-keys/${key.id}/rotate`, undefined, headers);
    expect([s1, s2, again, h2.get("idempotent-replayed")]).toEqual([200, 200, first, "true"]);
    expect((await db.licenseKey.findUniqueOrThrow({ where: { id: key.id } })).key).toBe(first.key);
  });
});
