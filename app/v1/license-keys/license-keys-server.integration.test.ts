import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createTestOrg } from "@/test/factories";
import { createLicenseWorld, failure, purchaseKey, serverCall } from "@/test/license-key-fixtures";

const UNAUTHORIZED = { error: "Unauthorized", detail: "Missing or invalid access token" };
const wrongActivation = "0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a0b";

describe("server-side license API (organization token)", () => {
  test("needs a token; another organization's token or organization id finds nothing", async () => {
    const world = await createLicenseWorld({ activations: { limit: 2, enable_customer_admin: true } });
    const { key } = await purchaseKey(world);
    const stranger = await createTestOrg();
    const bodies = {
      validate: { key, organization_id: world.org.id },
      activate: { key, organization_id: world.org.id, label: "x" },
      deactivate: { key, organization_id: world.org.id, activation_id: wrongActivation },
    } as const;

    for (const [path, body] of Object.entries(bodies) as [keyof typeof bodies, unknown][]) {
      expect((await serverCall(path, body)).slice(0, 2)).toEqual([401, UNAUTHORIZED]);
      expect((await serverCall(path, body, "bfr_oat_not_a_real_token")).slice(0, 2)).toEqual([
        401,
        { error: "Unauthorized", detail: "Invalid, expired or revoked access token" },
      ]);
      // The stranger's token with our organization id, and with its own id: our key is not found.
      expect((await serverCall(path, body, stranger.token)).slice(0, 2)).toEqual([404, failure("ResourceNotFound", "not_found")]);
      const ownOrg = { ...(body as object), organization_id: stranger.org.id };
      expect((await serverCall(path, ownOrg, stranger.token)).slice(0, 2)).toEqual([404, failure("ResourceNotFound", "not_found")]);
      expect((await serverCall(path, { ...(body as object), organization_id: "nope" }, world.token)).slice(0, 2)).toEqual([
        422,
        { error: "RequestValidationError", code: "validation_error", detail: [{ loc: ["body", "organization_id"], msg: "Invalid UUID", type: "invalid_format" }] },
      ]);
    }
    expect(await db.licenseKey.findFirstOrThrow({ where: { key }, select: { validations: true } })).toEqual({ validations: 0 });
  });

  test("codes match the public routes, and failures are never rate limited", async () => {
    const world = await createLicenseWorld({ activations: { limit: 1, enable_customer_admin: true } });
    const { key } = await purchaseKey(world);
    const base = { key, organization_id: world.org.id };
    // Many more failures for one key than the public routes tolerate (RATE_LIMIT_KEY_FAILURE_POINTS).
    for (let i = 0; i < 25; i++) {
      expect((await serverCall("validate", { ...base, activation_id: wrongActivation }, world.token)).slice(0, 2)).toEqual([
        404,
        failure("ResourceNotFound", "activation_not_found"),
      ]);
    }
    const [status, activation] = await serverCall("activate", { ...base, label: "build server" }, world.token);
    expect([status, activation?.license_token]).toEqual([200, { token: expect.any(String), expires_at: expect.any(String) }]);
    expect((await serverCall("activate", { ...base, label: "second" }, world.token)).slice(0, 2)).toEqual([
      403,
      failure("NotPermitted", "activation_limit_reached"),
    ]);
    expect((await serverCall("deactivate", { ...base, activation_id: activation?.id }, world.token))[0]).toBe(204);
  });
});

describe("concurrency", () => {
  test("50 parallel activations of a key limited to 3: exactly 3 succeed", async () => {
    const world = await createLicenseWorld({ activations: { limit: 3, enable_customer_admin: true } });
    const { key, licenseKey } = await purchaseKey(world);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        serverCall("activate", { key, organization_id: world.org.id, label: `m-${i}`, conditions: { machine: `m-${i}` } }, world.token),
      ),
    );
    const statuses = results.map(([s]) => s);
    expect(statuses.filter((s) => s === 200)).toHaveLength(3);
    expect(statuses.filter((s) => s === 403)).toHaveLength(47);
    for (const [s, body] of results) if (s === 403) expect(body).toEqual(failure("NotPermitted", "activation_limit_reached"));
    expect(await db.licenseKeyActivation.count({ where: { licenseKeyId: licenseKey.id } })).toBe(3);
  });

  test("50 parallel validations with increment_usage 1 and limit_usage 10: usage ends at 10, never above", async () => {
    const world = await createLicenseWorld({ limit_usage: 10 });
    const { key, licenseKey } = await purchaseKey(world);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => serverCall("validate", { key, organization_id: world.org.id, increment_usage: 1 }, world.token)),
    );
    const ok = results.filter(([s]) => s === 200).map(([, body]) => body?.usage as number);
    // Each success saw its own increment: usages 1..10, each exactly once.
    expect(ok.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const refused = results.filter(([s]) => s !== 200);
    expect(refused).toHaveLength(40);
    for (const [s, body] of refused) expect([s, body]).toEqual([400, failure("BadRequest", "usage_limit_exceeded")]);
    expect(await db.licenseKey.findUniqueOrThrow({ where: { id: licenseKey.id }, select: { usage: true, validations: true } })).toEqual({
      usage: 10,
      validations: 10,
    });
  });

  test("parallel activations from one machine (same conditions) share one activation and one slot", async () => {
    const world = await createLicenseWorld({ activations: { limit: 2, enable_customer_admin: true } });
    const { key, licenseKey } = await purchaseKey(world);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        serverCall("activate", { key, organization_id: world.org.id, label: `try ${i}`, conditions: { machine: "m-1", os: "mac" } }, world.token),
      ),
    );
    expect(results.map(([s]) => s)).toEqual(Array(10).fill(200));
    expect(new Set(results.map(([, body]) => body?.id)).size).toBe(1);
    expect(await db.licenseKeyActivation.count({ where: { licenseKeyId: licenseKey.id } })).toBe(1);
    // The second slot is still free for another machine.
    const [status] = await serverCall("activate", { key, organization_id: world.org.id, label: "other", conditions: { machine: "m-2" } }, world.token);
    expect(status).toBe(200);
  });
});
