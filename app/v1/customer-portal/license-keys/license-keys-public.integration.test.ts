import { decodeJwt, decodeProtectedHeader } from "jose";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { aDate, anId } from "@/lib/purchases/purchase-test-support";
import { api, createTestOrg, randomSuffix } from "@/test/factories";
import { createLicenseWorld, failure, publicCall, purchaseKey, testIp } from "@/test/license-key-fixtures";

const NotFound = (code: string) => failure("ResourceNotFound", code);
const NotPermitted = (code: string) => failure("NotPermitted", code);

describe("public validate", () => {
  test("a key validates as soon as POST /v1/orders/ returns, in Polar's shape plus valid, without the customer's private details", async () => {
    const world = await createLicenseWorld({ prefix: "acme" });
    const { key, licenseKey } = await purchaseKey(world);
    expect(key).toMatch(/^ACME-[0-9A-F]{8}-/);

    const [status, body] = await publicCall("validate", { key, organization_id: world.org.id });
    expect(status).toBe(200);
    expect(body).toEqual({
      id: licenseKey.id,
      created_at: aDate,
      modified_at: aDate,
      organization_id: world.org.id,
      customer_id: world.customer.id,
      customer: {
        id: world.customer.id,
        created_at: aDate,
        modified_at: aDate,
        metadata: {},
        external_id: null,
        email: null,
        email_verified: false,
        type: "individual",
        name: "Grace Hopper",
        billing_name: null,
        billing_address: null,
        tax_id: null,
        locale: null,
        organization_id: world.org.id,
        default_payment_method_id: null,
        deleted_at: null,
        first_user_event_at: null,
        avatar_url: null,
      },
      member_id: null,
      member: null,
      benefit_id: world.benefit.id,
      key,
      display_key: `****-${key.slice(-6)}`,
      status: "granted",
      limit_activations: null,
      usage: 0,
      limit_usage: null,
      validations: 1,
      last_validated_at: aDate,
      expires_at: null,
      activation: null,
      valid: true,
    });
    const text = JSON.stringify(body);
    for (const secret of [world.customer.email, "Secret Street", "SECRET-TAX-42", "internal_note"]) expect(text).not.toContain(secret);

    // Every validation counts, and the response shows the count after this one.
    const [, again] = await publicCall("validate", { key, organization_id: world.org.id });
    expect(again).toMatchObject({ validations: 2 });
    const row = await db.licenseKey.findUniqueOrThrow({ where: { id: licenseKey.id } });
    expect(row.validations).toBe(2);
    expect(row.lastValidatedAt?.toISOString()).toBe(again?.last_validated_at);
  });

  test("ignores Authorization: the SDK's `Bearer undefined` and any garbage token get the same answer", async () => {
    const world = await createLicenseWorld();
    const { key } = await purchaseKey(world);
    for (const authorization of ["Bearer undefined", "Bearer not-a-token", "Basic Zm9vOmJhcg=="]) {
      const res = await api("/v1/customer-portal/license-keys/validate", {
        method: "POST",
        json: { key, organization_id: world.org.id },
        headers: { authorization, "x-forwarded-for": testIp() },
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ key, valid: true });
    }
  });

  test("an unknown key, and a key asked with another organization's id, are not_found", async () => {
    const world = await createLicenseWorld();
    const other = await createLicenseWorld();
    const { key } = await purchaseKey(world);
    const { key: otherKey } = await purchaseKey(other);

    expect(await publicCall("validate", { key: `${key}X`, organization_id: world.org.id })).toEqual([404, NotFound("not_found"), expect.anything()]);
    expect((await publicCall("validate", { key, organization_id: other.org.id })).slice(0, 2)).toEqual([404, NotFound("not_found")]);
    expect((await publicCall("validate", { key: otherKey, organization_id: world.org.id })).slice(0, 2)).toEqual([404, NotFound("not_found")]);
    // An organization id that exists nowhere.
    const nowhere = (await createTestOrg()).org.id;
    expect((await publicCall("validate", { key, organization_id: nowhere })).slice(0, 2)).toEqual([404, NotFound("not_found")]);
    // Nothing was counted on the real key.
    expect((await db.licenseKey.findFirstOrThrow({ where: { key } })).validations).toBe(0);
  });

  test("benefit_id and customer_id must be the key's own, else not_found", async () => {
    const world = await createLicenseWorld();
    const { key } = await purchaseKey(world);
    const otherWorld = await createLicenseWorld();
    const base = { key, organization_id: world.org.id };

    expect((await publicCall("validate", { ...base, benefit_id: otherWorld.benefit.id })).slice(0, 2)).toEqual([
      404,
      failure("ResourceNotFound", "not_found", "License key does not match the given benefit"),
    ]);
    expect((await publicCall("validate", { ...base, customer_id: otherWorld.customer.id })).slice(0, 2)).toEqual([
      404,
      failure("ResourceNotFound", "not_found", "License key does not match the given customer"),
    ]);
    expect((await db.licenseKey.findFirstOrThrow({ where: { key } })).validations).toBe(0);
    const [status, body] = await publicCall("validate", { ...base, benefit_id: world.benefit.id, customer_id: world.customer.id });
    expect([status, body?.valid, body?.validations]).toEqual([200, true, 1]);
    // Ids are UUIDs: upper case names the same benefit.
    expect((await publicCall("validate", { ...base, benefit_id: world.benefit.id.toUpperCase() }))[0]).toBe(200);
  });

  test("revoked, disabled and expired keys are refused with their own code (404 like Polar's validate)", async () => {
    const world = await createLicenseWorld({ expires: { ttl: 1, timeframe: "year" }, activations: { limit: 5, enable_customer_admin: true } });
    const revoked = await purchaseKey(world);
    const disabled = await purchaseKey(world);
    const expired = await purchaseKey(world);

    // Revoked the way it happens in production: a refund that takes the benefits back.
    const refund = await api(`/v1/orders/${revoked.order.id}/refund`, { method: "POST", token: world.token, json: { revoke_benefits: true } });
    expect(refund.status).toBe(200);
    await db.licenseKey.update({ where: { id: disabled.licenseKey.id }, data: { status: "disabled" } });
    await db.licenseKey.update({ where: { id: expired.licenseKey.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    const cases = [
      [revoked.key, "revoked", "License key is no longer active: it was revoked"],
      [disabled.key, "disabled", "License key is no longer active: it was disabled"],
      [expired.key, "expired", "License key has expired"],
    ] as const;
    for (const [key, code, detail] of cases) {
      const body = { key, organization_id: world.org.id };
      expect((await publicCall("validate", body)).slice(0, 2)).toEqual([404, failure("ResourceNotFound", code, detail)]);
      // Activate refuses them with 403, as Polar does.
      expect((await publicCall("activate", { ...body, label: "laptop" })).slice(0, 2)).toEqual([403, failure("NotPermitted", code, detail)]);
      expect((await publicCall("token", body)).slice(0, 2)).toEqual([404, failure("ResourceNotFound", code, detail)]);
    }
    const rows = await db.licenseKey.findMany({ where: { benefitId: world.benefit.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.status, r.validations])).toEqual([["revoked", 0], ["disabled", 0], ["granted", 0]]);
    expect(await db.licenseKeyActivation.count({ where: { licenseKeyId: { in: rows.map((r) => r.id) } } })).toBe(0);
  });

  test("activation_id must be one of the key's activations, made under the same conditions", async () => {
    const world = await createLicenseWorld({ activations: { limit: 3, enable_customer_admin: true } });
    const { key } = await purchaseKey(world);
    const { key: sibling } = await purchaseKey(world);
    const base = { key, organization_id: world.org.id };
    const [, activation] = await publicCall("activate", { ...base, label: "laptop", conditions: { machine: "m-1", major: 2 } });
    const [, siblingActivation] = await publicCall("activate", { key: sibling, organization_id: world.org.id, label: "desk" });

    const unknownActivation = "0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a0b";
    expect((await publicCall("validate", { ...base, activation_id: unknownActivation })).slice(0, 2)).toEqual([
      404,
      failure("ResourceNotFound", "activation_not_found", "Activation not found for this license key"),
    ]);
    expect((await publicCall("validate", { ...base, activation_id: siblingActivation?.id })).slice(0, 2)).toEqual([404, NotFound("activation_not_found")]);

    for (const conditions of [{ machine: "m-2", major: 2 }, { machine: "m-1" }, { machine: "m-1", major: "2" }, undefined]) {
      expect((await publicCall("validate", { ...base, activation_id: activation?.id, conditions })).slice(0, 2)).toEqual([
        404,
        failure("ResourceNotFound", "conditions_mismatch", "License key does not match the activation's conditions"),
      ]);
    }
    // Refused checks are not counted.
    expect((await db.licenseKey.findFirstOrThrow({ where: { key } })).validations).toBe(0);
    // The same conditions, in any key order.
    const [status, ok] = await publicCall("validate", { ...base, activation_id: activation?.id, conditions: { major: 2, machine: "m-1" } });
    expect(status).toBe(200);
    expect(ok?.activation).toEqual({
      id: activation?.id,
      license_key_id: ok?.id,
      label: "laptop",
      meta: {},
      created_at: aDate,
      modified_at: aDate,
    });
    // An activation made without conditions refuses conditions it never had.
    expect((await publicCall("validate", { key: sibling, organization_id: world.org.id, activation_id: siblingActivation?.id, conditions: { a: 1 } })).slice(0, 2)).toEqual([
      404,
      NotFound("conditions_mismatch"),
    ]);
    const [plain] = await publicCall("validate", { key: sibling, organization_id: world.org.id, activation_id: siblingActivation?.id });
    expect(plain).toBe(200);
  });

  test("increment_usage adds to usage and is refused (400 usage_limit_exceeded) past limit_usage", async () => {
    const world = await createLicenseWorld({ limit_usage: 3 });
    const { key, licenseKey } = await purchaseKey(world);
    const base = { key, organization_id: world.org.id };

    expect((await publicCall("validate", { ...base, increment_usage: 2 }))[1]).toMatchObject({ usage: 2, limit_usage: 3, validations: 1 });
    expect((await publicCall("validate", { ...base, increment_usage: 2 })).slice(0, 2)).toEqual([
      400,
      failure("BadRequest", "usage_limit_exceeded", "License key only has 1 more usages"),
    ]);
    expect((await publicCall("validate", { ...base, increment_usage: 1 }))[1]).toMatchObject({ usage: 3, validations: 2 });
    expect((await publicCall("validate", { ...base, increment_usage: 1 })).slice(0, 2)).toEqual([
      400,
      failure("BadRequest", "usage_limit_exceeded", "License key only has 0 more usages"),
    ]);
    // A plain validation still works on a used-up key: usage is a quota, not validity.
    expect((await publicCall("validate", { ...base, increment_usage: 0 }))[1]).toMatchObject({ usage: 3, validations: 3, valid: true });
    expect((await publicCall("validate", base))[1]).toMatchObject({ usage: 3, validations: 4 });
    expect(await db.licenseKey.findUniqueOrThrow({ where: { id: licenseKey.id }, select: { usage: true, validations: true } })).toEqual({ usage: 3, validations: 4 });
  });

  test("bad bodies are 422 with per-field detail and code validation_error", async () => {
    const world = await createLicenseWorld();
    const { key } = await purchaseKey(world);
    const org = world.org.id;
    const cases: [unknown, unknown[]][] = [
      [{ organization_id: org }, [{ loc: ["body", "key"], msg: "Field required", type: "missing" }]],
      [{ key: "", organization_id: org }, [{ loc: ["body", "key"], msg: "Field required", type: "too_small" }]],
      [{ key, organization_id: "org_xxx" }, [{ loc: ["body", "organization_id"], msg: "Invalid UUID", type: "invalid_format" }]],
      [{ key, organization_id: org, activation_id: "nope" }, [{ loc: ["body", "activation_id"], msg: "Invalid UUID", type: "invalid_format" }]],
      [{ key, organization_id: org, increment_usage: -1 }, [{ loc: ["body", "increment_usage"], msg: "Too small: expected number to be >=0", type: "too_small" }]],
      [{ key, organization_id: org, increment_usage: 1.5 }, [{ loc: ["body", "increment_usage"], msg: "Input should be a valid integer", type: "custom" }]],
      [{ key, organization_id: org, conditions: { nested: { a: 1 } } }, [{ loc: ["body", "conditions", "nested"], msg: "Invalid input", type: "invalid_union" }]],
    ];
    for (const [json, detail] of cases) {
      expect((await publicCall("validate", json)).slice(0, 2)).toEqual([422, { error: "RequestValidationError", code: "validation_error", detail }]);
    }
    // (lib/api/zod-issues.ts words every wrong type as "Field required" today; see the report.)
    const [arrayStatus, arrayBody] = await publicCall("validate", [key]);
    expect([arrayStatus, arrayBody]).toMatchObject([422, { error: "RequestValidationError", code: "validation_error", detail: [{ loc: ["body"] }] }]);
    const notJson = await api("/v1/customer-portal/license-keys/validate", { method: "POST", body: "{key:", headers: { "content-type": "application/json", "x-forwarded-for": testIp() } });
    expect([notJson.status, await notJson.json()]).toEqual([
      422,
      { error: "RequestValidationError", code: "validation_error", detail: [{ loc: ["body"], msg: "Request body is not valid JSON", type: "json_invalid" }] },
    ]);
    expect((await publicCall("activate", { key, organization_id: org })).slice(0, 2)).toEqual([
      422,
      { error: "RequestValidationError", code: "validation_error", detail: [{ loc: ["body", "label"], msg: "Field required", type: "missing" }] },
    ]);
    expect((await publicCall("deactivate", { key, organization_id: org, activation_id: "1" })).slice(0, 2)).toEqual([
      422,
      { error: "RequestValidationError", code: "validation_error", detail: [{ loc: ["body", "activation_id"], msg: "Invalid UUID", type: "invalid_format" }] },
    ]);
  });
});

describe("public activate / deactivate / token", () => {
  test("activate answers LicenseKeyActivationCreated with a signed offline token; deactivate frees the slot", async () => {
    const world = await createLicenseWorld({ activations: { limit: 1, enable_customer_admin: true } });
    const { key, licenseKey } = await purchaseKey(world);
    const base = { key, organization_id: world.org.id };

    const [status, created] = await publicCall("activate", { ...base, label: "Ada's laptop", conditions: { machine: "m-1" }, meta: { os: "linux", cores: 8 } });
    expect(status).toBe(200);
    expect(created).toEqual({
      id: anId,
      license_key_id: licenseKey.id,
      label: "Ada's laptop",
      meta: { os: "linux", cores: 8 },
      created_at: aDate,
      modified_at: aDate,
      license_key: expect.objectContaining({ id: licenseKey.id, key, status: "granted", limit_activations: 1, customer: expect.objectContaining({ email: null, tax_id: null }) }),
      license_token: { token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/), expires_at: aDate },
    });
    expect(JSON.stringify(created)).not.toContain(world.customer.email);
    const token = (created?.license_token as { token: string }).token;
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: "EdDSA", kid: expect.any(String) });
    expect(decodeJwt(token)).toMatchObject({ sub: licenseKey.id, activation_id: created?.id, organization_id: world.org.id, status: "granted" });

    // The limit is 1: another machine is refused, the same machine gets its activation back.
    expect((await publicCall("activate", { ...base, label: "desk", conditions: { machine: "m-2" } })).slice(0, 2)).toEqual([
      403,
      failure("NotPermitted", "activation_limit_reached", "License key activation limit already reached"),
    ]);
    const [againStatus, again] = await publicCall("activate", { ...base, label: "reinstall", conditions: { machine: "m-1" } });
    expect([againStatus, again?.id, again?.label]).toEqual([200, created?.id, "Ada's laptop"]);

    const [deactivated, empty, res] = await publicCall("deactivate", { ...base, activation_id: created?.id });
    expect([deactivated, empty, res.headers.get("content-length") ?? "0"]).toEqual([204, null, "0"]);
    expect((await publicCall("deactivate", { ...base, activation_id: created?.id })).slice(0, 2)).toEqual([
      404,
      failure("ResourceNotFound", "activation_not_found", "Activation not found for this license key"),
    ]);
    expect((await publicCall("validate", { ...base, activation_id: created?.id, conditions: { machine: "m-1" } })).slice(0, 2)).toEqual([404, NotFound("activation_not_found")]);
    // The freed slot is usable by the other machine now.
    expect((await publicCall("activate", { ...base, label: "desk", conditions: { machine: "m-2" } }))[0]).toBe(200);
  });

  test("a key without activation limits does not support activations (403, like Polar)", async () => {
    const world = await createLicenseWorld({ activations: null });
    const { key } = await purchaseKey(world);
    expect((await publicCall("activate", { key, organization_id: world.org.id, label: "x" })).slice(0, 2)).toEqual([
      403,
      NotPermitted("activations_not_supported"),
    ]);
  });

  test("activations without conditions each take a slot; activate and deactivate of another key or organization are not_found", async () => {
    const world = await createLicenseWorld({ activations: { limit: 2, enable_customer_admin: true } });
    const other = await createLicenseWorld({ activations: { limit: 2, enable_customer_admin: true } });
    const { key, licenseKey } = await purchaseKey(world);
    const { key: otherKey } = await purchaseKey(other);
    const base = { key, organization_id: world.org.id };

    const [, first] = await publicCall("activate", { ...base, label: "a" });
    const [, second] = await publicCall("activate", { ...base, label: "a" });
    expect(first?.id).not.toBe(second?.id);
    expect((await publicCall("activate", { ...base, label: "a" }))[1]).toEqual(NotPermitted("activation_limit_reached"));

    expect((await publicCall("activate", { key, organization_id: other.org.id, label: "a" })).slice(0, 2)).toEqual([404, NotFound("not_found")]);
    expect((await publicCall("deactivate", { key, organization_id: other.org.id, activation_id: first?.id })).slice(0, 2)).toEqual([404, NotFound("not_found")]);
    // Another organization's key cannot deactivate this key's activation.
    expect((await publicCall("deactivate", { key: otherKey, organization_id: other.org.id, activation_id: first?.id })).slice(0, 2)).toEqual([
      404,
      NotFound("activation_not_found"),
    ]);
    expect(await db.licenseKeyActivation.count({ where: { licenseKeyId: licenseKey.id } })).toBe(2);
  });

  test("token: a fresh offline token after validate's checks, without counting a validation", async () => {
    const world = await createLicenseWorld({ activations: { limit: 2, enable_customer_admin: true } });
    const { key, licenseKey } = await purchaseKey(world);
    const base = { key, organization_id: world.org.id };
    const [, activation] = await publicCall("activate", { ...base, label: "a", conditions: { machine: "m" } });

    const [status, issued] = await publicCall("token", { ...base, activation_id: activation?.id, conditions: { machine: "m" } });
    expect([status, issued]).toEqual([200, { token: expect.any(String), expires_at: aDate }]);
    expect(decodeJwt(issued?.token as string)).toMatchObject({ sub: licenseKey.id, activation_id: activation?.id });
    const [, keyOnly] = await publicCall("token", base);
    expect(decodeJwt(keyOnly?.token as string)).toMatchObject({ sub: licenseKey.id, activation_id: null });

    expect((await publicCall("token", { ...base, activation_id: activation?.id })).slice(0, 2)).toEqual([404, NotFound("conditions_mismatch")]);
    expect((await publicCall("token", { ...base, activation_id: "0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a0b" })).slice(0, 2)).toEqual([404, NotFound("activation_not_found")]);
    expect((await publicCall("token", { key: `${key}-${randomSuffix()}`, organization_id: world.org.id })).slice(0, 2)).toEqual([404, NotFound("not_found")]);
    expect((await publicCall("token", { key })).slice(0, 2)).toEqual([
      422,
      { error: "RequestValidationError", code: "validation_error", detail: [{ loc: ["body", "organization_id"], msg: "Field required", type: "missing" }] },
    ]);
    expect((await db.licenseKey.findUniqueOrThrow({ where: { id: licenseKey.id } })).validations).toBe(0);
  });
});
