import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { aKeyDate, createKeyCatalog, statusAndBody } from "@/lib/license-keys/merchant-key-test-support";
import { call, validation } from "@/lib/purchases/purchase-test-support";
import { createTestBenefit, createTestCustomer, createTestOrg, randomSuffix } from "@/test/factories";

const importKey = (token: string, json: unknown, headers: Record<string, string> = {}) => call(token, "POST", "/v1/license-keys/import", json, headers);
const CONFLICT = { error: "ResourceAlreadyExists", detail: "A license key with this key already exists in the organization" };

describe("POST /v1/license-keys/import", () => {
  test("imports a key for an existing customer, with the benefit's limits unless given; no grant", async () => {
    const { org, polar, token, benefit } = await createKeyCatalog();
    const customer = await createTestCustomer(org.id);
    const value = `gumroad-${randomSuffix()}`;
    const [status, imported] = await importKey(token, { key: ` ${value} `, benefit_id: benefit.id, customer_id: customer.id, usage: 5 });
    expect(status).toBe(201);
    expect(imported).toEqual({
      id: expect.any(String),
      created_at: aKeyDate,
      modified_at: aKeyDate,
      organization_id: org.id,
      customer_id: customer.id,
      customer: expect.objectContaining({ id: customer.id, email: customer.email }),
      member_id: null,
      member: null,
      benefit_id: benefit.id,
      key: value,
      display_key: `****-${value.slice(-6)}`,
      status: "granted",
      limit_activations: 3,
      usage: 5,
      limit_usage: 100,
      validations: 0,
      last_validated_at: null,
      expires_at: null,
    });
    expect((await db.licenseKey.findUniqueOrThrow({ where: { id: imported.id } })).grantId).toBeNull();
    expect(await polar.licenseKeys.get(imported.id)).toEqual({ ...imported, activations: [] });
    // It validates like any issued key (the server-side validate; validations are counted).
    expect(await polar.licenseKeys.validate({ key: value, organization_id: org.id })).toMatchObject({ id: imported.id, status: "granted", usage: 5 });

    const [, explicit] = await importKey(token, {
      key: `LEMON-${randomSuffix()}`,
      benefit_id: benefit.id,
      customer_id: customer.id,
      status: "disabled",
      limit_activations: null,
      limit_usage: null,
      expires_at: "2030-01-01T00:00:00Z",
    });
    expect(explicit).toMatchObject({ status: "disabled", limit_activations: null, limit_usage: null, usage: 0, expires_at: "2030-01-01T00:00:00.000Z" });
  });

  test("finds or creates the customer by external id (with customer_email) or by email alone", async () => {
    const { org, token, benefit } = await createKeyCatalog();
    const externalId = `legacy-${randomSuffix()}`;
    const [s1, byExternal] = await importKey(token, {
      key: `K-${randomSuffix()}`,
      benefit_id: benefit.id,
      external_customer_id: externalId,
      customer_email: "Old.Buyer@Example.com",
      customer_name: "Old Buyer",
    });
    expect(s1).toBe(201);
    expect(byExternal.customer).toMatchObject({ external_id: externalId, email: "old.buyer@example.com", name: "Old Buyer" });
    const [, again] = await importKey(token, { key: `K-${randomSuffix()}`, benefit_id: benefit.id, external_customer_id: externalId });
    expect(again.customer_id).toBe(byExternal.customer_id);

    // Email alone: the customer with that email (any case), else a new one.
    const [, byEmail] = await importKey(token, { key: `K-${randomSuffix()}`, benefit_id: benefit.id, customer_email: "OLD.buyer@example.com" });
    expect(byEmail.customer_id).toBe(byExternal.customer_id);
    const [s2, fresh] = await importKey(token, { key: `K-${randomSuffix()}`, benefit_id: benefit.id, customer_email: "new@example.com" });
    expect(s2).toBe(201);
    expect(fresh.customer).toMatchObject({ email: "new@example.com", external_id: null });
    expect(await db.customer.count({ where: { organizationId: org.id } })).toBe(2);

    expect((await importKey(token, { key: `K-${randomSuffix()}`, benefit_id: benefit.id, external_customer_id: `none-${randomSuffix()}` })).slice(0, 2)).toEqual([
      422,
      validation([["body", "customer_email"], "No customer has this external_customer_id: customer_email is required to create one", "missing"]),
    ]);
  });

  test("a key the organization already has is 409, also when two imports race; other organizations may hold it", async () => {
    const { org, token, benefit, buy } = await createKeyCatalog();
    const { key: issued, customer } = await buy();
    expect((await importKey(token, { key: issued.key, benefit_id: benefit.id, customer_id: customer.id })).slice(0, 2)).toEqual([409, CONFLICT]);

    const value = `RACE-${randomSuffix()}`;
    const results = await Promise.all([1, 2, 3, 4].map(() => importKey(token, { key: value, benefit_id: benefit.id, customer_id: customer.id })));
    expect(results.map(([status]) => status).sort()).toEqual([201, 409, 409, 409]);
    for (const [status, body] of results) if (status === 409) expect(body).toEqual(CONFLICT);
    expect(await db.licenseKey.count({ where: { organizationId: org.id, key: value } })).toBe(1);

    const other = await createKeyCatalog();
    const otherCustomer = await createTestCustomer(other.org.id);
    expect((await importKey(other.token, { key: value, benefit_id: other.benefit.id, customer_id: otherCustomer.id }))[0]).toBe(201);
  });

  test("bad input is 422 on the field; nothing is created", async () => {
    const { org, token, benefit } = await createKeyCatalog();
    const customer = await createTestCustomer(org.id);
    const custom = await createTestBenefit(org.id);
    const foreign = await createTestOrg();
    const foreignBenefit = await createTestBenefit(foreign.org.id, { type: "license_keys", description: "Theirs", properties: {} });
    const foreignCustomer = await createTestCustomer(foreign.org.id);
    const base = { key: `K-${randomSuffix()}`, benefit_id: benefit.id, customer_id: customer.id };
    const post = async (json: unknown) => (await importKey(token, json)).slice(0, 2);

    expect(await post({ ...base, benefit_id: custom.id })).toEqual([422, validation([["body", "benefit_id"], "Must be a license_keys benefit (this one is custom)"])]);
    expect(await post({ ...base, benefit_id: foreignBenefit.id })).toEqual([422, validation([["body", "benefit_id"], "Benefit does not exist"])]);
    expect(await post({ ...base, customer_id: foreignCustomer.id })).toEqual([422, validation([["body", "customer_id"], "Customer does not exist"])]);
    expect(await post({ key: base.key, benefit_id: benefit.id })).toEqual([
      422,
      validation([["body", "customer_id"], "Either customer_id, external_customer_id or customer_email is required", "custom"]),
    ]);
    expect(await post({ ...base, external_customer_id: "x" })).toEqual([
      422,
      validation([["body", "external_customer_id"], "Send either customer_id or external_customer_id, not both", "custom"]),
    ]);
    expect(await post({ ...base, key: "has space" })).toEqual([
      422,
      validation([["body", "key"], "Use letters, digits and symbols only (no spaces)", "invalid_format"]),
    ]);
    expect(await post({ ...base, key: "abc" })).toEqual([422, validation([["body", "key"], "At least 6 characters", "too_small"])]);
    expect(await post({ ...base, usage: 101 })).toEqual([422, validation([["body", "usage"], "Cannot exceed the usage limit (100)"])]);
    expect(await post({ ...base, usage: 11, limit_usage: 10 })).toEqual([
      422,
      validation([["body", "usage"], "Cannot exceed the usage limit (10)", "custom"]),
    ]);
    expect(await post({ ...base, limit_activations: 0 })).toEqual([
      422,
      validation([["body", "limit_activations"], "Must be at least 1 (null for unlimited)", "too_small"]),
    ]);
    expect(await post({ ...base, benefit_id: "nope" })).toEqual([422, validation([["body", "benefit_id"], "Must be a benefit ID", "invalid_format"])]);
    expect((await post({ benefit_id: benefit.id, customer_id: customer.id }))[1].detail[0]).toEqual({ loc: ["body", "key"], msg: "Field required", type: "missing" });
    expect(await db.licenseKey.count({ where: { organizationId: org.id } })).toBe(0);
  });

  test("Idempotency-Key: a retry replays the 201; the same key with another body is a 422", async () => {
    const { org, token, benefit } = await createKeyCatalog();
    const customer = await createTestCustomer(org.id);
    const body = { key: `IDEM-${randomSuffix()}`, benefit_id: benefit.id, customer_id: customer.id };
    const headers = { "Idempotency-Key": `import-${randomSuffix()}` };
    const [s1, first] = await importKey(token, body, headers);
    const [s2, second, h2] = await importKey(token, body, headers);
    expect([s1, s2, second, h2.get("idempotent-replayed")]).toEqual([201, 201, first, "true"]);
    expect((await importKey(token, { ...body, key: `IDEM-${randomSuffix()}` }, headers)).slice(0, 2)).toEqual([
      422,
      validation([["header", "Idempotency-Key"], "This Idempotency-Key was used with a different request"]),
    ]);
    expect(await statusAndBody(token, "POST", "/v1/license-keys/import", body)).toEqual([409, CONFLICT]);
    expect(await db.licenseKey.count({ where: { organizationId: org.id } })).toBe(1);
  });
});
