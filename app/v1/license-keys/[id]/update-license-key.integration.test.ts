import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { addActivations, createKeyCatalog, statusAndBody } from "@/lib/license-keys/merchant-key-test-support";
import { validation } from "@/lib/purchases/purchase-test-support";

describe("PATCH /v1/license-keys/{id}", () => {
  test("changes status, usage, limits and expiry; leaves out what is not sent; null means none", async () => {
    const { polar, buy } = await createKeyCatalog();
    const { key } = await buy();

    const disabled = await polar.licenseKeys.update(key.id, { status: "disabled" });
    expect(disabled).toMatchObject({ id: key.id, status: "disabled", usage: 0, limit_activations: 3, limit_usage: 100, expires_at: null });
    expect(disabled).not.toHaveProperty("activations");

    const edited = await polar.licenseKeys.update(key.id, { usage: 7, limit_activations: 5, limit_usage: 10, expires_at: "2031-02-03T04:05:06+02:00" });
    expect(edited).toMatchObject({ status: "disabled", usage: 7, limit_activations: 5, limit_usage: 10, expires_at: "2031-02-03T02:05:06.000Z" });

    const reenabled = await polar.licenseKeys.update(key.id, { status: "granted", limit_activations: null, limit_usage: null, expires_at: null });
    expect(reenabled).toMatchObject({ status: "granted", usage: 7, limit_activations: null, limit_usage: null, expires_at: null });
    // An explicit null status is "not sent", as in Polar.
    expect(await polar.licenseKeys.update(key.id, { status: null })).toMatchObject({ status: "granted" });
    const row = await db.licenseKey.findUniqueOrThrow({ where: { id: key.id } });
    expect([row.key, row.usage, row.limitActivations, row.limitUsage, row.expiresAt]).toEqual([key.key, 7, null, null, null]);

    expect(await polar.licenseKeys.update(key.id, { status: "revoked" })).toMatchObject({ status: "revoked" });
  });

  test("each rule that fails is reported on its own field, and nothing is written", async () => {
    const { token, buy } = await createKeyCatalog();
    const { key } = await buy();
    await addActivations(key.id, ["a", "b"]);
    await db.licenseKey.update({ where: { id: key.id }, data: { usage: 40 } });
    const patch = (json: unknown) => statusAndBody(token, "PATCH", `/v1/license-keys/${key.id}`, json);

    expect(await patch({ usage: 101 })).toEqual([422, validation([["body", "usage"], "Cannot exceed the usage limit (100)"])]);
    expect(await patch({ limit_usage: 39 })).toEqual([422, validation([["body", "limit_usage"], "Cannot be below the current usage (40)"])]);
    expect(await patch({ usage: 11, limit_usage: 10 })).toEqual([
      422,
      validation([["body", "usage"], "Cannot exceed the usage limit (10)", "custom"]),
    ]);
    expect(await patch({ limit_activations: 1 })).toEqual([
      422,
      validation([["body", "limit_activations"], "The key has 2 activations: allow at least 2, or delete activations first"]),
    ]);
    // Several at once: one entry per field.
    expect(await patch({ limit_activations: 1, limit_usage: 5 })).toEqual([
      422,
      validation(
        [["body", "limit_usage"], "Cannot be below the current usage (40)"],
        [["body", "limit_activations"], "The key has 2 activations: allow at least 2, or delete activations first"],
      ),
    ]);
    expect(await patch({ limit_activations: 0 })).toEqual([
      422,
      validation([["body", "limit_activations"], "Must be at least 1 (null for unlimited)", "too_small"]),
    ]);
    expect(await patch({ limit_activations: 51 })).toEqual([422, validation([["body", "limit_activations"], "At most 50 activations", "too_big"])]);
    expect(await patch({ usage: -1 })).toEqual([422, validation([["body", "usage"], "Must be greater than or equal to 0", "too_small"])]);
    // (zod-issues reports a wrong-type value as "Field required" today: only the field is asserted.)
    expect((await patch({ usage: 1.5 }))[1].detail.map((d: { loc: string[] }) => d.loc)).toEqual([["body", "usage"]]);
    expect(await patch({ limit_usage: 0 })).toEqual([422, validation([["body", "limit_usage"], "Must be at least 1 (null for unlimited)", "too_small"])]);
    expect(await patch({ status: "paused" })).toEqual([422, validation([["body", "status"], "Must be one of: granted, revoked, disabled", "invalid_value"])]);
    expect(await patch({ expires_at: "tomorrow" })).toEqual([
      422,
      validation([["body", "expires_at"], "Must be an ISO-8601 date-time with a timezone", "invalid_format"]),
    ]);
    expect((await patch({ usage: null }))[1].detail[0].loc).toEqual(["body", "usage"]);
    expect((await patch([]))[1].detail.map((d: { loc: string[] }) => d.loc)).toEqual([["body"]]);
    const res = await statusAndBody(token, "PATCH", `/v1/license-keys/${key.id}`);
    expect(res).toEqual([422, validation([["body"], "Request body is required", "missing"])]);

    const row = await db.licenseKey.findUniqueOrThrow({ where: { id: key.id } });
    expect([row.usage, row.limitUsage, row.limitActivations, row.status]).toEqual([40, 100, 3, "granted"]);
    // Exactly at the limits is fine.
    expect((await patch({ limit_activations: 2, limit_usage: 40 }))[0]).toBe(200);
  });

  test("lowering the activation limit while the key is being activated never leaves more activations than the limit", async () => {
    const { org, token, buy } = await createKeyCatalog();
    const { key } = await buy();
    await addActivations(key.id, ["a", "b"]);
    for (let round = 0; round < 5; round++) {
      await db.licenseKeyActivation.deleteMany({ where: { licenseKeyId: key.id, label: "c" } });
      await db.licenseKey.update({ where: { id: key.id }, data: { limitActivations: 3 } });
      // Each alone is fine (2 → 3 activations of 3; limit 3 → 2 with 2 in use); together they are not.
      const [patched, activated] = await Promise.all([
        statusAndBody(token, "PATCH", `/v1/license-keys/${key.id}`, { limit_activations: 2 }),
        statusAndBody(token, "POST", "/v1/license-keys/activate", { key: key.key, organization_id: org.id, label: "c" }),
      ]);
      const outcome = [patched[0], activated[0]];
      expect([[200, 403], [422, 200]], `round ${round}: ${JSON.stringify(outcome)}`).toContainEqual(outcome);
      const row = await db.licenseKey.findUniqueOrThrow({ where: { id: key.id }, include: { _count: { select: { activations: true } } } });
      expect(row._count.activations).toBeLessThanOrEqual(row.limitActivations as number);
    }
  });

  test("concurrent edits of usage and its limit never leave usage above the limit", async () => {
    const { token, buy } = await createKeyCatalog({ prefix: "race" });
    const { key } = await buy();
    const patch = (json: unknown) => statusAndBody(token, "PATCH", `/v1/license-keys/${key.id}`, json);
    for (let round = 0; round < 5; round++) {
      await db.licenseKey.update({ where: { id: key.id }, data: { usage: 0, limitUsage: null } });
      // Each alone is valid; together usage 8 > limit 5. The row lock lets exactly one through.
      const results = await Promise.all([patch({ usage: 8 }), patch({ limit_usage: 5 })]);
      const statuses = results.map(([status]) => status).sort();
      expect(statuses, `round ${round}`).toEqual([200, 422]);
      const row = await db.licenseKey.findUniqueOrThrow({ where: { id: key.id } });
      expect(row.limitUsage === null || row.usage <= row.limitUsage, `round ${round}: usage ${row.usage}, limit ${row.limitUsage}`).toBe(true);
    }
  });
});
