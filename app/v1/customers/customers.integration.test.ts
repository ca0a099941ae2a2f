import { errors } from "@polar-sh/sdk/2026-10";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { api, createTestCustomer, createTestOrg, randomSuffix } from "@/test/factories";

const anId = expect.any(String);
const aDate = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

function validation(...issues: [(string | number)[], string, string?][]) {
  return { error: "RequestValidationError", detail: issues.map(([loc, msg, type]) => ({ loc, msg, type: type ?? "value_error" })) };
}

const EMAIL_TAKEN = "A customer with this email address already exists";
const EXTERNAL_ID_TAKEN = "A customer with this external ID already exists";

describe("customers API", () => {
  test("creates a customer in Polar's shape and reads it back by id, external id and list", async () => {
    const { org, polar } = await createTestOrg();
    const externalId = `user_${randomSuffix()}`;
    const customer = await polar.customers.create({
      email: "  Jane.Doe@Example.COM ",
      name: "Jane Doe",
      external_id: externalId,
      billing_address: { line1: "1 Rue de Rivoli", city: "Paris", postal_code: "75001", country: "FR" },
      tax_id: "FR61954506077",
      locale: "fr-FR",
      metadata: { plan: "pro", seats: 3, vip: true },
      organization_id: org.id,
    });
    expect(customer).toEqual({
      id: anId,
      created_at: aDate,
      modified_at: aDate,
      metadata: { plan: "pro", seats: 3, vip: true },
      external_id: externalId,
      email: "jane.doe@example.com",
      email_verified: false,
      type: "individual",
      name: "Jane Doe",
      billing_name: null,
      billing_address: { line1: "1 Rue de Rivoli", line2: null, postal_code: "75001", city: "Paris", state: null, country: "FR" },
      tax_id: ["FR61954506077", null],
      locale: "fr-FR",
      organization_id: org.id,
      default_payment_method_id: null,
      deleted_at: null,
      first_user_event_at: null,
      avatar_url: null,
    });
    expect(await polar.customers.get(customer.id)).toEqual(customer);
    expect(await polar.customers.getExternal(externalId)).toEqual(customer);
    expect(await polar.customers.list()).toEqual({ items: [customer], pagination: { total_count: 1, max_page: 1 } });

    const minimal = await polar.customers.create({ email: "min@example.com" });
    expect(minimal).toMatchObject({ name: null, external_id: null, billing_address: null, tax_id: null, locale: null, metadata: {} });
  });

  test("a taken email (in any case) or external id is a 422 field error", async () => {
    const { org, polar, token } = await createTestOrg();
    await createTestCustomer(org.id, { email: "taken@example.com", external_id: "ext-1" });
    // Another organization may use the same values.
    await createTestCustomer((await createTestOrg()).org.id, { email: "free@example.com", external_id: "ext-2" });

    const both = await api("/v1/customers/", { method: "POST", token, json: { email: "TAKEN@example.com", external_id: "ext-1" } });
    expect(both.status).toBe(422);
    expect(await both.json()).toEqual(validation([["body", "email"], EMAIL_TAKEN], [["body", "external_id"], EXTERNAL_ID_TAKEN]));
    await expect(polar.customers.create({ email: "other@example.com", external_id: "ext-1" })).rejects.toBeInstanceOf(
      errors.HTTPValidationError,
    );
    expect(await polar.customers.create({ email: "free@example.com", external_id: "ext-2" })).toMatchObject({ email: "free@example.com" });

    const second = await createTestCustomer(org.id, { email: "second@example.com" });
    const patch = await api(`/v1/customers/${second.id}`, { method: "PATCH", token, json: { email: "Taken@Example.com", external_id: "ext-1" } });
    expect(patch.status).toBe(422);
    expect(await patch.json()).toEqual(validation([["body", "email"], EMAIL_TAKEN], [["body", "external_id"], EXTERNAL_ID_TAKEN]));
  });

  test("parallel creates with one email: exactly one wins, the rest get the same 422", async () => {
    const { token } = await createTestOrg();
    const email = `race-${randomSuffix()}@example.com`;
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => api("/v1/customers/", { method: "POST", token, json: { email, external_id: `race-${i}` } })),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 422, 422, 422, 422, 422, 422, 422]);
    for (const res of responses.filter((r) => r.status === 422)) {
      expect(await res.json()).toEqual(validation([["body", "email"], EMAIL_TAKEN]));
    }
  });

  test("updates follow Polar's rules for nulls, external ids and billing addresses", async () => {
    const { org, polar, token } = await createTestOrg();
    const customer = await createTestCustomer(org.id, { name: "Old Name", locale: "en", metadata: { a: 1 } });

    // Null leaves email and metadata alone, and clears name and locale.
    const cleared = await polar.customers.update(customer.id, { email: null, metadata: null, name: null, locale: null } as never);
    expect(cleared).toMatchObject({ email: customer.email, metadata: { a: 1 }, name: null, locale: null });

    const updated = await polar.customers.update(customer.id, {
      email: "New@Example.com",
      name: "New Name",
      metadata: { b: "x" },
      external_id: "ext-set-once",
      billing_address: { country: "us", state: "CA" } as never,
      tax_id: "12-3456789",
    });
    expect(updated).toMatchObject({
      email: "new@example.com",
      email_verified: false,
      name: "New Name",
      metadata: { b: "x" },
      external_id: "ext-set-once",
      billing_address: { line1: null, line2: null, postal_code: null, city: null, state: "CA", country: "US" },
      tax_id: ["12-3456789", null],
    });
    // Sending the same external id again is not a change.
    expect((await polar.customers.update(customer.id, { external_id: "ext-set-once" })).external_id).toBe("ext-set-once");

    const cases: [unknown, object][] = [
      [{ external_id: "ext-other" }, validation([["body", "external_id"], "Customer external ID cannot be updated"])],
      [{ external_id: null }, validation([["body", "external_id"], "Customer external ID cannot be updated"])],
      [{ billing_address: null }, validation([["body", "billing_address"], "Customer billing address cannot be reset to null once set"])],
    ];
    for (const [json, expected] of cases) {
      const res = await api(`/v1/customers/${customer.id}`, { method: "PATCH", token, json });
      expect(res.status, JSON.stringify(json)).toBe(422);
      expect(await res.json()).toEqual(expected);
    }

    const noAddress = await createTestCustomer(org.id);
    const taxOnly = await api(`/v1/customers/${noAddress.id}`, { method: "PATCH", token, json: { tax_id: "DE123456789" } });
    expect(await taxOnly.json()).toEqual(
      validation([["body", "billing_address"], "A billing address with a country is required with a tax ID", "missing"]),
    );
    // No address yet: null is simply no change.
    expect((await api(`/v1/customers/${noAddress.id}`, { method: "PATCH", token, json: { billing_address: null } })).status).toBe(200);
  });

  test("external id lookups: get, update and delete through /external/{external_id}", async () => {
    const { org, polar } = await createTestOrg();
    const externalId = `user@x/${randomSuffix()}`;
    const customer = await createTestCustomer(org.id, { external_id: externalId, name: "By External" });

    expect((await polar.customers.getExternal(externalId)).id).toBe(customer.id);
    const updated = await polar.customers.updateExternal(externalId, { name: "Renamed", metadata: { k: "v" } });
    expect(updated).toMatchObject({ id: customer.id, name: "Renamed", metadata: { k: "v" }, external_id: externalId });
    await expect(polar.customers.getExternal("no-such-user")).rejects.toBeInstanceOf(errors.ResourceNotFound);

    await polar.customers.deleteExternal(externalId);
    await expect(polar.customers.getExternal(externalId)).rejects.toBeInstanceOf(errors.ResourceNotFound);
    await expect(polar.customers.get(customer.id)).rejects.toBeInstanceOf(errors.ResourceNotFound);
    await expect(polar.customers.deleteExternal(externalId)).rejects.toBeInstanceOf(errors.ResourceNotFound);
    // The external id is free again.
    const again = await polar.customers.create({ email: `again-${randomSuffix()}@example.com`, external_id: externalId });
    expect((await polar.customers.getExternal(externalId)).id).toBe(again.id);
  });

  test("a deleted customer is gone everywhere, anonymised, and its email can be reused", async () => {
    const { org, polar, token } = await createTestOrg();
    const customer = await createTestCustomer(org.id, {
      email: "leaving@example.com",
      name: "Leaving Soon",
      external_id: "leaver",
      billing_address: { country: "GB", line1: "1 Street", line2: null, city: null, postal_code: null, state: null },
    });

    const res = await api(`/v1/customers/${customer.id}`, { method: "DELETE", token });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");

    const notFound = { error: "ResourceNotFound", detail: "Customer not found" };
    for (const [path, method] of [
      [`/v1/customers/${customer.id}`, "GET"],
      [`/v1/customers/${customer.id}`, "PATCH"],
      [`/v1/customers/${customer.id}`, "DELETE"],
      ["/v1/customers/external/leaver", "GET"],
    ] as const) {
      const r = await api(path, { method, token, json: method === "PATCH" ? { name: "Back" } : undefined });
      expect(r.status, `${method} ${path}`).toBe(404);
      expect(await r.json()).toEqual(notFound);
    }
    expect((await polar.customers.list()).items).toEqual([]);

    const row = await db.customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect(row).toMatchObject({ email: `deleted+${customer.id}@anonymized.invalid`, externalId: null, name: null, billingAddress: null });
    expect(row.deletedAt).toBeInstanceOf(Date);

    const reborn = await polar.customers.create({ email: "leaving@example.com", external_id: "leaver" });
    expect(reborn.id).not.toBe(customer.id);
    await polar.customers.delete(reborn.id, { anonymize: true });
    await expect(polar.customers.get(reborn.id)).rejects.toBeInstanceOf(errors.ResourceNotFound);
  });

  test("lists with Polar's pagination, filters and sorting", async () => {
    const { org, polar, token } = await createTestOrg();
    const ann = await createTestCustomer(org.id, { email: "ann@alpha.io", name: "Ann", external_id: "crm-1", metadata: { plan: "pro" } });
    const bob = await createTestCustomer(org.id, { email: "bob@beta.io", name: "Bob", metadata: { plan: "basic", n: 7 } });
    const cid = await createTestCustomer(org.id, { email: "cid@alpha.io", name: null });
    await createTestCustomer((await createTestOrg()).org.id, { email: "ann@alpha.io" });

    const ids = async (query: Parameters<typeof polar.customers.list>[0]) => (await polar.customers.list(query)).items.map((c) => c.id);

    const page = await polar.customers.list({ limit: 2 });
    expect(page.pagination).toEqual({ total_count: 3, max_page: 2 });
    expect(page.items.map((c) => c.id)).toEqual([cid.id, bob.id]);
    expect(await ids({ sorting: ["created_at"] })).toEqual([ann.id, bob.id, cid.id]);
    expect(await ids({ sorting: ["-email"] })).toEqual([cid.id, bob.id, ann.id]);
    expect(await ids({ sorting: ["name"] })).toEqual([ann.id, bob.id, cid.id]);
    expect(await ids({ query: "ALPHA", sorting: ["email"] })).toEqual([ann.id, cid.id]);
    expect(await ids({ query: "crm-" })).toEqual([ann.id]);
    expect(await ids({ query: "bob" })).toEqual([bob.id]);
    expect(await ids({ email: "BOB@beta.io" })).toEqual([bob.id]);
    expect(await ids({ email: "bob@beta" })).toEqual([]);
    expect(await ids({ metadata: { plan: ["pro", "basic"] }, sorting: ["created_at"] })).toEqual([ann.id, bob.id]);
    expect(await ids({ metadata: { n: "7" } })).toEqual([bob.id]);
    expect(await ids({ active: true })).toEqual([]);

    const all: string[] = [];
    for await (const c of await polar.customers.iterList({ limit: 1 })) all.push(c.id);
    expect(all.sort()).toEqual([ann.id, bob.id, cid.id].sort());

    const bad = await api("/v1/customers/?sorting=age&limit=1000", { token });
    expect(bad.status).toBe(422);
    expect((await bad.json()).detail.map((d: { loc: unknown }) => d.loc)).toEqual(
      expect.arrayContaining([["query", "sorting", 0], ["query", "limit"]]),
    );
  });

  test("bad bodies get 422 with field-level detail", async () => {
    const { token } = await createTestOrg();
    const other = await createTestOrg();
    const cases: [unknown, (string | number)[]][] = [
      [{ name: "No Email" }, ["body", "email"]],
      [{ email: "not-an-email" }, ["body", "email"]],
      [{ email: "a@b.io", billing_address: { line1: "x" } }, ["body", "billing_address", "country"]],
      [{ email: "a@b.io", billing_address: { country: "XX" } }, ["body", "billing_address", "country"]],
      [{ email: "a@b.io", billing_address: { country: "USA" } }, ["body", "billing_address", "country"]],
      [{ email: "a@b.io", tax_id: "DE123" }, ["body", "billing_address"]],
      [{ email: "a@b.io", type: "team" }, ["body", "type"]],
      [{ email: "a@b.io", locale: "english please" }, ["body", "locale"]],
      [{ email: "a@b.io", external_id: "" }, ["body", "external_id"]],
      [{ email: "a@b.io", metadata: { k: { nested: true } } }, ["body", "metadata", "k"]],
      [{ email: "a@b.io", organization_id: other.org.id }, ["body", "organization_id"]],
    ];
    for (const [json, loc] of cases) {
      const res = await api("/v1/customers/", { method: "POST", token, json });
      expect(res.status, JSON.stringify(json)).toBe(422);
      const body = await res.json();
      expect(body.error).toBe("RequestValidationError");
      expect(body.detail.map((d: { loc: unknown }) => d.loc), JSON.stringify(json)).toContainEqual(loc);
    }
    const missing = await api("/v1/customers/", { method: "POST", token, json: {} });
    expect(await missing.json()).toEqual(validation([["body", "email"], "Field required", "missing"]));
    const team = await api("/v1/customers/", { method: "POST", token, json: { email: "a@b.io", type: "team" } });
    expect(await team.json()).toEqual(validation([["body", "type"], "Only individual customers are supported", "invalid_value"]));
    const patch = await api(`/v1/customers/${(await createTestCustomer(other.org.id)).id}`, { method: "PATCH", token: other.token, json: { email: "nope" } });
    expect(patch.status).toBe(422);
    expect((await patch.json()).detail[0].loc).toEqual(["body", "email"]);
  });

  test("no token is 401; another organization's customer is 404 everywhere", async () => {
    const a = await createTestOrg();
    const b = await createTestOrg();
    const customer = await createTestCustomer(a.org.id, { external_id: "shared-ext" });

    const anonymous = await api("/v1/customers/");
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: "Unauthorized", detail: "Missing or invalid access token" });
    expect((await api("/v1/customers/", { method: "POST", json: { email: "x@y.io" } })).status).toBe(401);
    expect((await api(`/v1/customers/${customer.id}`, { method: "DELETE" })).status).toBe(401);
    expect((await api("/v1/customers/external/shared-ext", { token: "bfr_oat_wrong" })).status).toBe(401);

    const notFound = { error: "ResourceNotFound", detail: "Customer not found" };
    await expect(b.polar.customers.get(customer.id)).rejects.toBeInstanceOf(errors.ResourceNotFound);
    await expect(b.polar.customers.update(customer.id, { name: "Stolen" })).rejects.toBeInstanceOf(errors.ResourceNotFound);
    await expect(b.polar.customers.delete(customer.id)).rejects.toBeInstanceOf(errors.ResourceNotFound);
    await expect(b.polar.customers.getExternal("shared-ext")).rejects.toBeInstanceOf(errors.ResourceNotFound);
    await expect(b.polar.customers.updateExternal("shared-ext", { name: "Stolen" })).rejects.toBeInstanceOf(errors.ResourceNotFound);
    await expect(b.polar.customers.deleteExternal("shared-ext")).rejects.toBeInstanceOf(errors.ResourceNotFound);
    for (const method of ["GET", "PATCH", "DELETE"]) {
      const r = await api(`/v1/customers/${customer.id}`, { method, token: b.token, json: method === "PATCH" ? { name: "x" } : undefined });
      expect(r.status, method).toBe(404);
      expect(await r.json()).toEqual(notFound);
    }
    expect((await b.polar.customers.list()).items).toEqual([]);
    expect((await api("/v1/customers/not-a-uuid", { token: a.token })).status).toBe(404);
    expect(await a.polar.customers.get(customer.id)).toMatchObject({ id: customer.id, name: null });
  });
});
