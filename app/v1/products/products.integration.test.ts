import { errors } from "@polar-sh/sdk/2026-10";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { api, createTestBenefit, createTestOrg, createTestProduct } from "@/test/factories";

const anId = expect.any(String);
const aDate = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

async function positions(productId: string) {
  const rows = await db.productBenefit.findMany({ where: { productId }, orderBy: { position: "asc" } });
  return rows.map((r) => [r.position, r.benefitId]);
}

function validation(loc: (string | number)[], msg: string, type = "value_error") {
  return { error: "RequestValidationError", detail: [{ loc, msg, type }] };
}

describe("products API", () => {
  test("creates one-time and recurring products in Polar's shape and reads them back", async () => {
    const { org, polar } = await createTestOrg();
    const oneTime = await polar.products.create({
      name: "  Pro License ",
      description: "Lifetime license.",
      organization_id: org.id,
      metadata: { tier: "pro", seats: 3 },
      prices: [{ amount_type: "fixed", price_amount: 9900, price_currency: "usd" }],
    });
    expect(oneTime).toEqual({
      id: anId,
      created_at: aDate,
      modified_at: aDate,
      trial_interval: null,
      trial_interval_count: null,
      name: "Pro License",
      description: "Lifetime license.",
      visibility: "public",
      recurring_interval: null,
      recurring_interval_count: null,
      meter_interval: null,
      meter_interval_count: null,
      is_recurring: false,
      is_archived: false,
      organization_id: org.id,
      metadata: { tier: "pro", seats: 3 },
      is_deletable: false,
      prices: [
        {
          id: anId,
          created_at: aDate,
          modified_at: aDate,
          source: "catalog",
          amount_type: "fixed",
          price_currency: "usd",
          tax_behavior: null,
          is_archived: false,
          product_id: oneTime.id,
          price_amount: 9900,
        },
      ],
      benefits: [],
      medias: [],
      attached_custom_fields: [],
    });
    expect(await polar.products.get(oneTime.id)).toEqual(oneTime);

    const monthly = await polar.products.create({
      name: "Pro Monthly",
      recurring_interval: "month",
      trial_interval: "week",
      visibility: "private",
      prices: [{ amount_type: "custom", minimum_amount: 500, preset_amount: 1000, price_currency: "eur" }],
    });
    expect(monthly).toMatchObject({
      description: null,
      visibility: "private",
      recurring_interval: "month",
      recurring_interval_count: 1,
      trial_interval: "week",
      trial_interval_count: 1,
      is_recurring: true,
      metadata: {},
    });
    expect(monthly.prices).toEqual([
      expect.objectContaining({ amount_type: "custom", price_currency: "eur", minimum_amount: 500, maximum_amount: null, preset_amount: 1000 }),
    ]);

    // Polar's older free type is accepted and shown the 2026-10 way: fixed at 0. No price at all is fine too.
    const free = await polar.products.create({ name: "Freebie", prices: [{ amount_type: "free" }] } as never);
    expect(free.prices).toEqual([expect.objectContaining({ amount_type: "fixed", price_amount: 0, price_currency: "usd" })]);
    const bare = await polar.products.create({ name: "No price", prices: [] });
    expect(bare.prices).toEqual([]);
  });

  test("benefits keep the order given; reordering, removing and deleting benefits show", async () => {
    const { org, polar } = await createTestOrg();
    const [b0, b1, b2] = [await createTestBenefit(org.id), await createTestBenefit(org.id), await createTestBenefit(org.id)];
    const product = await createTestProduct(org.id);

    const set = await polar.products.updateBenefits(product.id, { benefits: [b2.id, b0.id, b1.id] });
    expect(set.benefits.map((b) => b.id)).toEqual([b2.id, b0.id, b1.id]);
    // Full benefit objects, exactly as the benefits API returns them.
    expect(set.benefits[0]).toEqual(await polar.benefits.get(b2.id));
    expect(await positions(product.id)).toEqual([[0, b2.id], [1, b0.id], [2, b1.id]]);

    const reordered = await polar.products.updateBenefits(product.id, { benefits: [b1.id, b2.id] });
    expect(reordered.benefits.map((b) => b.id)).toEqual([b1.id, b2.id]);
    expect(await positions(product.id)).toEqual([[0, b1.id], [1, b2.id]]);
    expect((await polar.products.get(product.id)).benefits.map((b) => b.id)).toEqual([b1.id, b2.id]);

    await polar.benefits.delete(b1.id);
    expect((await polar.products.get(product.id)).benefits.map((b) => b.id)).toEqual([b2.id]);

    const cleared = await polar.products.updateBenefits(product.id, { benefits: [] });
    expect(cleared.benefits).toEqual([]);
    expect(await positions(product.id)).toEqual([]);
  });

  test("updateBenefits refuses unknown, deleted, duplicate and other organizations' benefits, changing nothing", async () => {
    const a = await createTestOrg();
    const b = await createTestOrg();
    const mine = await createTestBenefit(a.org.id);
    const deleted = await createTestBenefit(a.org.id);
    await a.polar.benefits.delete(deleted.id);
    const theirs = await createTestBenefit(b.org.id);
    const product = await createTestProduct(a.org.id, { benefitIds: [mine.id] });
    const path = `/v1/products/${product.id}/benefits`;

    const cases: [unknown, object][] = [
      [{ benefits: [mine.id, theirs.id] }, validation(["body", "benefits", 1], "Benefit does not exist")],
      [{ benefits: [deleted.id] }, validation(["body", "benefits", 0], "Benefit does not exist")],
      [{ benefits: [mine.id, "00000000-0000-4000-8000-000000000000"] }, validation(["body", "benefits", 1], "Benefit does not exist")],
      [{ benefits: [mine.id, mine.id] }, validation(["body", "benefits", 1], "Benefit is listed more than once")],
      [{ benefits: ["nope"] }, validation(["body", "benefits", 0], "Invalid UUID", "invalid_format")],
      [{}, validation(["body", "benefits"], "Field required", "missing")],
    ];
    for (const [json, expected] of cases) {
      const res = await api(path, { method: "POST", token: a.token, json });
      expect(res.status, JSON.stringify(json)).toBe(422);
      expect(await res.json()).toEqual(expected);
    }
    await expect(a.polar.products.updateBenefits(product.id, { benefits: [theirs.id] })).rejects.toBeInstanceOf(
      errors.HTTPValidationError,
    );
    expect(await positions(product.id)).toEqual([[0, mine.id]]);
  });

  test("updates fields, replaces prices and archives the ones left out", async () => {
    const { org, polar, token } = await createTestOrg();
    const product = await createTestProduct(org.id, { description: "Old", metadata: { a: 1 } });
    const usd = product.prices[0];

    const updated = await polar.products.update(product.id, {
      name: null,
      description: null,
      visibility: "private",
      metadata: { b: "two" },
      prices: [{ id: usd.id }, { amount_type: "fixed", price_amount: 900, price_currency: "eur" }],
    });
    expect(updated).toMatchObject({ name: product.name, description: null, visibility: "private", metadata: { b: "two" } });
    expect(updated.prices.map((p) => [p.price_currency, "price_amount" in p ? p.price_amount : null])).toEqual(
      expect.arrayContaining([["usd", 1000], ["eur", 900]]),
    );
    expect(updated.prices).toHaveLength(2);

    const replaced = await polar.products.update(product.id, { prices: [{ amount_type: "fixed", price_amount: 2000 }] });
    expect(replaced.prices).toEqual([expect.objectContaining({ amount_type: "fixed", price_amount: 2000, price_currency: "usd" })]);
    const stored = await db.productPrice.findMany({ where: { productId: product.id } });
    expect(stored.filter((p) => p.isArchived)).toHaveLength(2);

    // An archived price cannot be kept.
    const res = await api(`/v1/products/${product.id}`, { method: "PATCH", token, json: { prices: [{ id: usd.id }] } });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual(validation(["body", "prices", 0], "Price does not exist"));

    const archived = await polar.products.update(product.id, { is_archived: true });
    expect(archived.is_archived).toBe(true);
    expect((await polar.products.get(product.id)).is_archived).toBe(true);
    const unarchived = await polar.products.update(product.id, { is_archived: false, name: "Renamed" });
    expect(unarchived).toMatchObject({ is_archived: false, name: "Renamed" });
  });

  test("a product's billing cycle cannot change; trials are for recurring products", async () => {
    const { org, token } = await createTestOrg();
    const oneTime = await createTestProduct(org.id);
    const monthly = await createTestProduct(org.id, { recurring_interval: "month", recurring_interval_count: 1 });
    const cases: [string, unknown, object][] = [
      [oneTime.id, { recurring_interval: "month" }, validation(["body", "recurring_interval"], "A one-time product cannot become recurring")],
      [monthly.id, { recurring_interval: null }, validation(["body", "recurring_interval"], "A recurring product cannot become one-time")],
      [monthly.id, { recurring_interval: "year" }, validation(["body", "recurring_interval"], "The recurring interval of a product cannot change (it is month)")],
      [monthly.id, { recurring_interval_count: 3 }, validation(["body", "recurring_interval_count"], "The recurring interval count of a product cannot change")],
      [oneTime.id, { trial_interval: "day", trial_interval_count: 7 }, validation(["body", "trial_interval"], "Trial configuration is only supported on recurring products")],
    ];
    for (const [id, json, expected] of cases) {
      const res = await api(`/v1/products/${id}`, { method: "PATCH", token, json });
      expect(res.status, JSON.stringify(json)).toBe(422);
      expect(await res.json()).toEqual(expected);
    }
    // Sending the current values back is fine, and a trial can be added and removed.
    const same = await api(`/v1/products/${monthly.id}`, {
      method: "PATCH",
      token,
      json: { recurring_interval: "month", recurring_interval_count: 1, trial_interval: "day", trial_interval_count: 14 },
    });
    expect(same.status).toBe(200);
    expect(await same.json()).toMatchObject({ recurring_interval: "month", trial_interval: "day", trial_interval_count: 14 });
    const noTrial = await api(`/v1/products/${monthly.id}`, { method: "PATCH", token, json: { trial_interval: null } });
    expect(await noTrial.json()).toMatchObject({ trial_interval: null, trial_interval_count: null });
  });

  test("lists with Polar's pagination, filters and sorting", async () => {
    const { org, polar, token } = await createTestOrg();
    const benefit = await createTestBenefit(org.id);
    const alpha = await createTestProduct(org.id, { name: "Alpha Tool", benefitIds: [benefit.id], metadata: { plan: "pro", n: 5 } });
    const beta = await createTestProduct(org.id, { name: "Beta monthly", recurring_interval: "month" });
    const gamma = await createTestProduct(org.id, { name: "Gamma", metadata: { plan: "basic" } });
    await polar.products.update(gamma.id, { is_archived: true });
    await createTestProduct((await createTestOrg()).org.id, { name: "Alpha elsewhere" });

    const ids = async (query: Parameters<typeof polar.products.list>[0]) => (await polar.products.list(query)).items.map((p) => p.id);

    const page = await polar.products.list({ limit: 2 });
    expect(page.pagination).toEqual({ total_count: 3, max_page: 2 });
    expect(page.items.map((p) => p.id)).toEqual([gamma.id, beta.id]);
    expect(await ids({ sorting: ["name"] })).toEqual([alpha.id, beta.id, gamma.id]);
    expect(await ids({ sorting: ["-name"] })).toEqual([gamma.id, beta.id, alpha.id]);
    expect(await ids({ query: "ALPHA" })).toEqual([alpha.id]);
    expect(await ids({ is_recurring: true })).toEqual([beta.id]);
    expect(await ids({ is_recurring: false, sorting: ["created_at"] })).toEqual([alpha.id, gamma.id]);
    expect(await ids({ is_archived: true })).toEqual([gamma.id]);
    expect(await ids({ benefit_id: [benefit.id] })).toEqual([alpha.id]);
    expect(await ids({ id: [alpha.id, beta.id], sorting: ["created_at"] })).toEqual([alpha.id, beta.id]);
    expect(await ids({ metadata: { plan: ["pro", "basic"] }, sorting: ["created_at"] })).toEqual([alpha.id, gamma.id]);
    expect(await ids({ metadata: { n: "5" } })).toEqual([alpha.id]);

    const listed = page.items.find((p) => p.id === beta.id);
    expect(listed).toEqual(await polar.products.get(beta.id));
    const all: string[] = [];
    for await (const p of await polar.products.iterList({ limit: 1 })) all.push(p.id);
    expect(all).toHaveLength(3);

    const bad = await api("/v1/products/?sorting=price", { token });
    expect(bad.status).toBe(422);
    expect((await bad.json()).detail).toEqual([expect.objectContaining({ loc: ["query", "sorting", 0] })]);
  });

  test("bad bodies get 422 with field-level detail", async () => {
    const { token } = await createTestOrg();
    const other = await createTestOrg();
    const cases: [unknown, (string | number)[]][] = [
      [{ prices: [] }, ["body", "name"]],
      [{ name: "ab", prices: [] }, ["body", "name"]],
      [{ name: "x".repeat(65), prices: [] }, ["body", "name"]],
      [{ name: "Thing", recurring_interval: "fortnight", prices: [] }, ["body", "recurring_interval"]],
      [{ name: "Thing", recurring_interval_count: 2, prices: [] }, ["body", "recurring_interval_count"]],
      [{ name: "Thing", trial_interval: "day", prices: [] }, ["body", "trial_interval"]],
      [{ name: "Thing", prices: [{ amount_type: "seat_based" }] }, ["body", "prices", 0, "amount_type"]],
      [{ name: "Thing", prices: [{ amount_type: "fixed" }] }, ["body", "prices", 0, "price_amount"]],
      [{ name: "Thing", prices: [{ amount_type: "fixed", price_amount: -1 }] }, ["body", "prices", 0, "price_amount"]],
      [{ name: "Thing", prices: [{ amount_type: "fixed", price_amount: 100, price_currency: "dollars" }] }, ["body", "prices", 0, "price_currency"]],
      [{ name: "Thing", prices: [{ amount_type: "custom", minimum_amount: 500, maximum_amount: 100 }] }, ["body", "prices", 0, "maximum_amount"]],
      [{ name: "Thing", prices: [{ amount_type: "fixed", price_amount: 100 }, { amount_type: "custom" }] }, ["body", "prices", 1]],
      [{ name: "Thing", prices: [], visibility: "hidden" }, ["body", "visibility"]],
      [{ name: "Thing", prices: [], metadata: { ["k".repeat(41)]: 1 } }, ["body", "metadata", "k".repeat(41)]],
      [{ name: "Thing", prices: [], organization_id: other.org.id }, ["body", "organization_id"]],
    ];
    for (const [json, loc] of cases) {
      const res = await api("/v1/products/", { method: "POST", token, json });
      expect(res.status, JSON.stringify(json)).toBe(422);
      const body = await res.json();
      expect(body.error).toBe("RequestValidationError");
      expect(body.detail.map((d: { loc: unknown }) => d.loc), JSON.stringify(json)).toContainEqual(loc);
    }
    expect(await (await api("/v1/products/", { method: "POST", token, json: { name: "Thing", prices: [] } })).json()).toMatchObject({
      name: "Thing",
    });
    const missing = await api("/v1/products/", { method: "POST", token, json: { prices: [] } });
    expect(await missing.json()).toEqual(validation(["body", "name"], "Field required", "missing"));
  });

  test("no token is 401; another organization's product is 404 everywhere", async () => {
    const a = await createTestOrg();
    const b = await createTestOrg();
    const product = await createTestProduct(a.org.id);
    const benefit = await createTestBenefit(b.org.id);

    const anonymous = await api("/v1/products/");
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: "Unauthorized", detail: "Missing or invalid access token" });
    expect((await api(`/v1/products/${product.id}`, { method: "PATCH", json: { name: "Nope" } })).status).toBe(401);
    expect((await api(`/v1/products/${product.id}/benefits`, { method: "POST", json: { benefits: [] } })).status).toBe(401);

    const notFound = { error: "ResourceNotFound", detail: "Product not found" };
    await expect(b.polar.products.get(product.id)).rejects.toBeInstanceOf(errors.ResourceNotFound);
    await expect(b.polar.products.update(product.id, { name: "Stolen" })).rejects.toBeInstanceOf(errors.ResourceNotFound);
    await expect(b.polar.products.updateBenefits(product.id, { benefits: [benefit.id] })).rejects.toBeInstanceOf(errors.ResourceNotFound);
    const patch = await api(`/v1/products/${product.id}`, { method: "PATCH", token: b.token, json: { name: "Stolen" } });
    expect(patch.status).toBe(404);
    expect(await patch.json()).toEqual(notFound);
    const set = await api(`/v1/products/${product.id}/benefits`, { method: "POST", token: b.token, json: { benefits: [benefit.id] } });
    expect(set.status).toBe(404);
    expect(await set.json()).toEqual(notFound);
    expect((await b.polar.products.list()).items).toEqual([]);
    expect((await api("/v1/products/not-a-uuid", { token: a.token })).status).toBe(404);
    expect((await a.polar.products.get(product.id)).name).toBe(product.name);
  });

  test("concurrent updateBenefits calls apply whole lists, one after the other", async () => {
    const { org, polar } = await createTestOrg();
    const benefits: string[] = [];
    for (let i = 0; i < 5; i++) benefits.push((await createTestBenefit(org.id)).id);
    const product = await createTestProduct(org.id, { benefitIds: benefits });
    // One call first, so the route is compiled (next dev) before the burst.
    await polar.products.updateBenefits(product.id, { benefits: [...benefits].reverse() });
    // Ten different orders (rotations and reversed rotations), some dropping a benefit.
    const orders = Array.from({ length: 10 }, (_, i) => {
      const rotated = [...benefits.slice(i % 5), ...benefits.slice(0, i % 5)];
      const order = i < 5 ? rotated : rotated.reverse();
      return i % 3 === 0 ? order.slice(0, 4) : order;
    });

    const results = await Promise.all(orders.map((order) => polar.products.updateBenefits(product.id, { benefits: order })));
    // Each call saw its own list committed whole: nothing interleaved inside a transaction.
    results.forEach((result, i) => expect(result.benefits.map((b) => b.id)).toEqual(orders[i]));

    const final = (await polar.products.get(product.id)).benefits.map((b) => b.id);
    expect(orders).toContainEqual(final);
    const rows = await positions(product.id);
    expect(rows.map(([position]) => position)).toEqual(final.map((_, i) => i));
    expect(rows.map(([, id]) => id)).toEqual(final);
    expect(new Set(final).size).toBe(final.length);
  });
});
