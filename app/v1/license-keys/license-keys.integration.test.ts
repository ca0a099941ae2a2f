import { errors } from "@polar-sh/sdk/2026-10";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { addActivations, aKeyDate, createKeyCatalog, notFound, statusAndBody } from "@/lib/license-keys/merchant-key-test-support";
import { validation } from "@/lib/purchases/purchase-test-support";
import { api, createTestBenefit, createTestOrg, createTestProduct } from "@/test/factories";

describe("merchant license keys API: list and get", () => {
  test("get returns Polar's LicenseKeyWithActivations, with the customer and activations oldest first", async () => {
    const { org, polar, benefit, buy } = await createKeyCatalog();
    const { customer, key } = await buy({ name: "Ada" });
    const [first, second] = await addActivations(key.id, ["laptop", "desktop"]);

    const got = await polar.licenseKeys.get(key.id);
    expect(got).toEqual({
      id: key.id,
      created_at: aKeyDate,
      modified_at: aKeyDate,
      organization_id: org.id,
      customer_id: customer.id,
      customer: expect.objectContaining({ id: customer.id, email: customer.email, name: "Ada", type: "individual" }),
      member_id: null,
      member: null,
      benefit_id: benefit.id,
      key: expect.stringMatching(/^APP-[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/),
      display_key: `****-${key.key.slice(-6)}`,
      status: "granted",
      limit_activations: 3,
      usage: 0,
      limit_usage: 100,
      validations: 0,
      last_validated_at: null,
      expires_at: null,
      activations: [
        { id: first.id, license_key_id: key.id, label: "laptop", meta: { os: "linux" }, created_at: aKeyDate, modified_at: aKeyDate },
        { id: second.id, license_key_id: key.id, label: "desktop", meta: { os: "linux" }, created_at: aKeyDate, modified_at: aKeyDate },
      ],
    });
    expect(got.key).toBe(key.key);
    // The machine fingerprint (conditions) stays private, even to the merchant API.
    expect(got.activations[0]).not.toHaveProperty("conditions");
  });

  test("list filters by benefit, customer, status and search, pages with Polar's envelope", async () => {
    const { org, polar, token, benefit, buy } = await createKeyCatalog();
    const other = await createTestBenefit(org.id, { type: "license_keys", description: "Other license", properties: { prefix: "oth" } });
    const otherProduct = await createTestProduct(org.id, { benefitIds: [other.id] });
    const a = await buy();
    const b = await buy();
    const [, orderC] = await statusAndBody(token, "POST", "/v1/orders/", { customer_id: a.customer.id, product_id: otherProduct.id });
    expect(orderC.customer_id).toBe(a.customer.id);
    const c = await db.licenseKey.findFirstOrThrow({ where: { benefitId: other.id } });
    await db.licenseKey.update({ where: { id: b.key.id }, data: { status: "disabled" } });

    const ids = async (query: Parameters<typeof polar.licenseKeys.list>[0]) => (await polar.licenseKeys.list(query)).items.map((k) => k.id);
    expect(await ids({})).toEqual([c.id, b.key.id, a.key.id]);
    expect(await ids({ benefit_id: benefit.id })).toEqual([b.key.id, a.key.id]);
    expect(await ids({ benefit_id: [benefit.id, other.id] })).toEqual([c.id, b.key.id, a.key.id]);
    expect(await ids({ status: "disabled" })).toEqual([b.key.id]);
    expect(await ids({ status: ["granted", "revoked"] })).toEqual([c.id, a.key.id]);
    expect(await ids({ organization_id: org.id })).toEqual([c.id, b.key.id, a.key.id]);
    expect(await ids({ organization_id: crypto.randomUUID() })).toEqual([]);

    const page = await polar.licenseKeys.list({ limit: 2, page: 2 });
    expect(page.pagination).toEqual({ total_count: 3, max_page: 2 });
    expect(page.items.map((k) => k.id)).toEqual([a.key.id]);
    expect(page.items[0]).toMatchObject({ key: a.key.key, customer: expect.objectContaining({ email: a.customer.email }) });

    const raw = async (qs: string) => (await statusAndBody(token, "GET", `/v1/license-keys/?${qs}`))[1].items.map((k: { id: string }) => k.id);
    expect(await raw(`customer_id=${a.customer.id}`)).toEqual([c.id, a.key.id]);
    expect(await raw(`query=${encodeURIComponent(b.customer.email.toUpperCase())}`)).toEqual([b.key.id]);
    expect(await raw(`query=${encodeURIComponent(`****-${a.key.key.slice(-6).toLowerCase()}`)}`)).toEqual([a.key.id]);
    expect(await raw("query=no-such-thing")).toEqual([]);

    expect(await statusAndBody(token, "GET", "/v1/license-keys/?status=paused")).toEqual([
      422,
      validation([["query", "status", 0], 'Invalid option: expected one of "granted"|"revoked"|"disabled"', "invalid_value"]),
    ]);
    expect((await statusAndBody(token, "GET", "/v1/license-keys/?benefit_id=nope"))[1].detail[0].loc).toEqual(["query", "benefit_id", 0]);
    expect((await statusAndBody(token, "GET", "/v1/license-keys/?limit=101"))[1].detail[0].loc).toEqual(["query", "limit"]);
  });

  test("no token is 401 on every endpoint; another organization's key and activation are 404", async () => {
    const a = await createKeyCatalog();
    const b = await createTestOrg();
    const { key } = await a.buy();
    const [activation] = await addActivations(key.id, ["laptop"]);
    const paths: [string, string][] = [
      ["GET", "/v1/license-keys/"],
      ["GET", `/v1/license-keys/${key.id}`],
      ["PATCH", `/v1/license-keys/${key.id}`],
      ["POST", `/v1/license-keys/${key.id}/rotate`],
      ["GET", `/v1/license-keys/${key.id}/activations`],
      ["GET", `/v1/license-keys/${key.id}/activations/${activation.id}`],
      ["DELETE", `/v1/license-keys/${key.id}/activations/${activation.id}`],
      ["POST", "/v1/license-keys/import"],
    ];
    for (const [method, path] of paths) {
      const res = await api(path, { method, json: method === "POST" || method === "PATCH" ? {} : undefined });
      expect([res.status, await res.json()], `${method} ${path}`).toEqual([401, { error: "Unauthorized", detail: "Missing or invalid access token" }]);
    }
    const badToken = await api("/v1/license-keys/", { token: "bfr_oat_not-a-token" });
    expect(badToken.status).toBe(401);

    const keyNotFound = notFound("License key");
    for (const [method, path] of paths.slice(1, 5)) {
      const json = method === "PATCH" ? { status: "revoked" } : undefined;
      expect(await statusAndBody(b.token, method, path, json), `${method} ${path}`).toEqual([404, keyNotFound]);
    }
    for (const [method, path] of paths.slice(5, 7)) {
      expect(await statusAndBody(b.token, method, path), `${method} ${path}`).toEqual([404, notFound("License key activation")]);
    }
    await expect(b.polar.licenseKeys.get(key.id)).rejects.toBeInstanceOf(errors.ResourceNotFound);
    await expect(b.polar.licenseKeys.rotate(key.id)).rejects.toBeInstanceOf(errors.ResourceNotFound);
    await expect(b.polar.licenseKeys.getActivation(key.id, activation.id)).rejects.toBeInstanceOf(errors.ResourceNotFound);
    expect((await b.polar.licenseKeys.list()).items).toEqual([]);
    // With b's token, a's organization id filters to nothing rather than reaching a's keys.
    expect((await b.polar.licenseKeys.list({ organization_id: a.org.id })).items).toEqual([]);
    expect(await statusAndBody(a.token, "GET", "/v1/license-keys/not-a-uuid")).toEqual([404, keyNotFound]);
    expect(await statusAndBody(a.token, "GET", `/v1/license-keys/${key.id}/activations/not-a-uuid`)).toEqual([
      404,
      notFound("License key activation"),
    ]);

    // Nothing changed for a.
    const after = await db.licenseKey.findUniqueOrThrow({ where: { id: key.id }, include: { activations: true } });
    expect([after.key, after.status, after.activations.length]).toEqual([key.key, "granted", 1]);
  });
});

describe("merchant license keys API: activations", () => {
  test("list pages a key's activations; get nests the key; delete frees the slot once", async () => {
    const { polar, token, buy } = await createKeyCatalog();
    const { key } = await buy();
    const other = await buy();
    const [first, second, third] = await addActivations(key.id, ["a", "b", "c"]);
    const [foreign] = await addActivations(other.key.id, ["x"]);

    const [status, page] = await statusAndBody(token, "GET", `/v1/license-keys/${key.id}/activations?limit=2`);
    expect(status).toBe(200);
    expect(page.pagination).toEqual({ total_count: 3, max_page: 2 });
    expect(page.items.map((a: { label: string }) => a.label)).toEqual(["a", "b"]);
    const [, page2] = await statusAndBody(token, "GET", `/v1/license-keys/${key.id}/activations?limit=2&page=2`);
    expect(page2.items).toEqual([
      { id: third.id, license_key_id: key.id, label: "c", meta: { os: "linux" }, created_at: aKeyDate, modified_at: aKeyDate },
    ]);

    const read = await polar.licenseKeys.getActivation(key.id, second.id);
    expect(read).toEqual({
      id: second.id,
      license_key_id: key.id,
      label: "b",
      meta: { os: "linux" },
      created_at: aKeyDate,
      modified_at: aKeyDate,
      license_key: expect.objectContaining({ id: key.id, key: key.key, status: "granted", limit_activations: 3 }),
    });
    expect(read.license_key).not.toHaveProperty("activations");
    // An activation of another key, asked for under this key: not found.
    expect(await statusAndBody(token, "GET", `/v1/license-keys/${key.id}/activations/${foreign.id}`)).toEqual([
      404,
      notFound("License key activation"),
    ]);
    expect(await statusAndBody(token, "DELETE", `/v1/license-keys/${key.id}/activations/${foreign.id}`)).toEqual([
      404,
      notFound("License key activation"),
    ]);

    const res = await api(`/v1/license-keys/${key.id}/activations/${first.id}`, { method: "DELETE", token });
    expect([res.status, await res.text()]).toEqual([204, ""]);
    expect(await statusAndBody(token, "DELETE", `/v1/license-keys/${key.id}/activations/${first.id}`)).toEqual([
      404,
      notFound("License key activation"),
    ]);
    expect((await polar.licenseKeys.get(key.id)).activations.map((a) => a.id)).toEqual([second.id, third.id]);
    expect(await db.licenseKeyActivation.count({ where: { licenseKeyId: other.key.id } })).toBe(1);
    expect((await statusAndBody(token, "GET", `/v1/license-keys/${key.id}/activations?page=0`))[1].detail[0].loc).toEqual(["query", "page"]);
  });
});
