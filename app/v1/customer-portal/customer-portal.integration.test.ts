import { createPolar } from "@polar-sh/sdk/2026-10";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { aDate, anId, validation } from "@/lib/purchases/purchase-test-support";
import { api, baseUrl, createTestCustomer } from "@/test/factories";
import { createBuyer, createPortalShop, NOTE, sessionToken } from "@/test/portal-fixtures";

const unauthorized = (detail: string) => ({ status: 401, body: { error: "Unauthorized", detail } });
const notFound = (what: string) => ({ status: 404, body: { error: "ResourceNotFound", detail: `${what} not found` } });

async function get(path: string, init: { token?: string; cookie?: string; headers?: Record<string, string> } = {}) {
  const headers = { ...init.headers, ...(init.cookie ? { cookie: init.cookie } : {}) };
  const res = await api(path, { token: init.token, headers });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** A shop with two buyers, A and B, each holding a note and a key; A's session token. */
async function twoBuyers() {
  const shop = await createPortalShop();
  const a = await createBuyer(shop, { name: "Ann" });
  const b = await createBuyer(shop, { name: "Bob" });
  const tokenA = await sessionToken(shop.token, a.customer.id);
  return { shop, a, b, tokenA };
}

describe("customer portal API", () => {
  test("lists the customer's grants in Polar's CustomerBenefitGrant shape, in the product's benefit order", async () => {
    const { shop, a, tokenA } = await twoBuyers();
    const portal = createPolar({ baseUrl: baseUrl(), accessToken: tokenA });
    const page = await portal.customerPortal.benefitGrants.list({});
    expect(page.pagination).toEqual({ total_count: 2, max_page: 1 });
    expect(page.items.map((g) => g.benefit.description)).toEqual(["Onboarding call", "Desktop license"]);
    expect(page.items.map((g) => g.id)).toEqual(a.grants.map((g) => g.id));

    const [note, license] = page.items;
    expect(license).toEqual({
      created_at: aDate,
      modified_at: aDate,
      id: a.grants[1].id,
      granted_at: aDate,
      revoked_at: null,
      customer_id: a.customer.id,
      member_id: null,
      benefit_id: shop.benefits.license.id,
      subscription_id: null,
      order_id: a.order.id,
      is_granted: true,
      is_revoked: false,
      status: "granted",
      error: null,
      customer: expect.objectContaining({ id: a.customer.id, email: a.customer.email, name: "Ann", oauth_accounts: {}, type: "individual" }),
      benefit: expect.objectContaining({
        id: shop.benefits.license.id,
        type: "license_keys",
        description: "Desktop license",
        organization_id: shop.org.id,
        organization: expect.objectContaining({ id: shop.org.id, name: shop.org.name, slug: shop.org.slug }),
        properties: { prefix: "SHOP", expires: null, activations: { limit: 2, enable_customer_admin: true }, limit_usage: null },
      }),
      properties: { license_key_id: a.key.id, display_key: `****-${a.key.key.slice(-6)}` },
    });
    expect(note.benefit.properties).toEqual({ note: NOTE });
    // The customer's own view: no merchant metadata or external id about them.
    expect(license.customer).not.toHaveProperty("metadata");
    expect(license.customer).not.toHaveProperty("external_id");

    const one = await portal.customerPortal.benefitGrants.get(license.id);
    expect(one).toEqual(license);
  });

  test("filters grants by type and benefit, pages them, and refuses bad filters with 422", async () => {
    const { shop, tokenA } = await twoBuyers();
    const byType = await get("/v1/customer-portal/benefit-grants/?type=license_keys", { token: tokenA });
    expect((byType.body.items as { benefit_id: string }[]).map((g) => g.benefit_id)).toEqual([shop.benefits.license.id]);
    const byBenefit = await get(`/v1/customer-portal/benefit-grants/?benefit_id=${shop.benefits.note.id}&limit=1`, { token: tokenA });
    expect(byBenefit.body.pagination).toEqual({ total_count: 1, max_page: 1 });
    const paged = await get("/v1/customer-portal/benefit-grants/?limit=1&page=2&sorting=-product_benefit", { token: tokenA });
    expect((paged.body.items as { benefit_id: string }[]).map((g) => g.benefit_id)).toEqual([shop.benefits.note.id]);
    expect(paged.body.pagination).toEqual({ total_count: 2, max_page: 2 });

    // No grant comes from a checkout or belongs to a team member here.
    const checkout = await get(`/v1/customer-portal/benefit-grants/?checkout_id=${shop.benefits.note.id}`, { token: tokenA });
    expect(checkout.body).toEqual({ items: [], pagination: { total_count: 0, max_page: 0 } });
    const member = await get(`/v1/customer-portal/benefit-grants/?member_id=${shop.benefits.note.id}`, { token: tokenA });
    expect(member.body).toEqual({ items: [], pagination: { total_count: 0, max_page: 0 } });

    const bad = await get("/v1/customer-portal/benefit-grants/?type=nope&sorting=price&benefit_id=x", { token: tokenA });
    expect(bad.status).toBe(422);
    expect((bad.body.detail as { loc: unknown[] }[]).map((d) => d.loc)).toEqual([
      ["query", "type", 0],
      ["query", "benefit_id", 0],
      ["query", "sorting", 0],
    ]);
  });

  test("a revoked grant leaves the list, and reading it is a 404", async () => {
    const { a, tokenA } = await twoBuyers();
    const revoked = a.grants[0].id;
    await db.benefitGrant.update({ where: { id: revoked }, data: { status: "revoked", target: "revoked", revokedAt: new Date() } });
    const list = await get("/v1/customer-portal/benefit-grants/", { token: tokenA });
    expect((list.body.items as { id: string }[]).map((g) => g.id)).toEqual([a.grants[1].id]);
    expect(await get(`/v1/customer-portal/benefit-grants/${revoked}`, { token: tokenA })).toEqual(notFound("Benefit grant"));
  });

  test("lists and reads the customer's own license keys with their activations", async () => {
    const { shop, a, tokenA } = await twoBuyers();
    await db.licenseKeyActivation.create({ data: { licenseKeyId: a.key.id, label: "Laptop", meta: { os: "linux" }, conditions: { machine: "m1" } } });
    const portal = createPolar({ baseUrl: baseUrl(), accessToken: tokenA });

    const list = await portal.customerPortal.licenseKeys.list({});
    expect(list.pagination).toEqual({ total_count: 1, max_page: 1 });
    expect(list.items[0]).toMatchObject({ id: a.key.id, key: a.key.key, status: "granted", benefit_id: shop.benefits.license.id, limit_activations: 2 });
    // The customer is themselves; the merchant's notes about them (metadata) are not theirs.
    expect(list.items[0].customer).toMatchObject({ id: a.customer.id, email: a.customer.email, metadata: {} });
    expect((await get(`/v1/customer-portal/license-keys/?benefit_id=${shop.benefits.note.id}`, { token: tokenA })).body.items).toEqual([]);

    const key = await portal.customerPortal.licenseKeys.get(a.key.id);
    expect(key.activations).toEqual([{ id: anId, license_key_id: a.key.id, label: "Laptop", meta: { os: "linux" }, created_at: aDate, modified_at: aDate }]);
    expect(JSON.stringify(key)).not.toContain("m1");
  });

  test("customer A cannot see customer B's grants or keys (404), nor another organization's", async () => {
    const { b, tokenA } = await twoBuyers();
    const list = await get("/v1/customer-portal/benefit-grants/", { token: tokenA });
    expect((list.body.items as { customer_id: string }[]).every((g) => g.customer_id !== b.customer.id)).toBe(true);
    expect(await get(`/v1/customer-portal/benefit-grants/${b.grants[0].id}`, { token: tokenA })).toEqual(notFound("Benefit grant"));
    expect(await get(`/v1/customer-portal/license-keys/${b.key.id}`, { token: tokenA })).toEqual(notFound("License key"));
    const keys = await get("/v1/customer-portal/license-keys/", { token: tokenA });
    expect((keys.body.items as { id: string }[]).map((k) => k.id)).not.toContain(b.key.id);
    expect(await get("/v1/customer-portal/license-keys/not-a-uuid", { token: tokenA })).toEqual(notFound("License key"));

    // A customer of another organization sees only their own (nothing), never this shop's.
    const other = await createPortalShop();
    const stranger = await createTestCustomer(other.org.id);
    const strangerToken = await sessionToken(other.token, stranger.id);
    expect((await get("/v1/customer-portal/benefit-grants/", { token: strangerToken })).body.items).toEqual([]);
    expect(await get(`/v1/customer-portal/license-keys/${b.key.id}`, { token: strangerToken })).toEqual(notFound("License key"));
  });

  test("needs a live customer session: none, an expired one, a merchant token or a deleted customer is 401", async () => {
    const { shop, a, tokenA } = await twoBuyers();
    for (const path of ["/v1/customer-portal/benefit-grants/", "/v1/customer-portal/license-keys/", `/v1/customer-portal/license-keys/${a.key.id}`]) {
      expect(await get(path)).toEqual(unauthorized("A customer session token is required"));
      expect(await get(path, { token: shop.token })).toEqual(unauthorized("Invalid or expired customer session token"));
      expect(await get(path, { token: "bfr_cst_forged" })).toEqual(unauthorized("Invalid or expired customer session token"));
    }
    expect(await get("/v1/customer-portal/benefit-grants/", { headers: { authorization: "Bearer undefined" } })).toEqual(
      unauthorized("A customer session token is required"),
    );
    expect((await get("/v1/customer-portal/license-keys/", { token: tokenA })).status).toBe(200);
    await db.customerSession.updateMany({ where: { customerId: a.customer.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await get("/v1/customer-portal/license-keys/", { token: tokenA })).toEqual(unauthorized("Invalid or expired customer session token"));

    const fresh = await sessionToken(shop.token, a.customer.id);
    await db.customer.update({ where: { id: a.customer.id }, data: { deletedAt: new Date() } });
    expect(await get("/v1/customer-portal/license-keys/", { token: fresh })).toEqual(unauthorized("Invalid or expired customer session token"));
  });

  test("the portal cookie authenticates the API too, for its own organization only", async () => {
    const { shop, a, tokenA } = await twoBuyers();
    const other = await createPortalShop();
    const cookie = `bfr_portal_${shop.org.id}=${tokenA}`;
    const mine = await get("/v1/customer-portal/license-keys/", { cookie });
    expect((mine.body.items as { id: string }[]).map((k) => k.id)).toEqual([a.key.id]);

    // The token filed under another organization's cookie name authenticates no one.
    expect(await get("/v1/customer-portal/license-keys/", { cookie: `bfr_portal_${other.org.id}=${tokenA}` })).toEqual(
      unauthorized("Invalid or expired customer session token"),
    );
    // Two portals signed in: the caller says which.
    const stranger = await createTestCustomer(other.org.id);
    const two = `${cookie}; bfr_portal_${other.org.id}=${await sessionToken(other.token, stranger.id)}`;
    expect(await get("/v1/customer-portal/license-keys/", { cookie: two })).toEqual(
      unauthorized("Signed into several portals: name the organization with the Polar-Organization header"),
    );
    const picked = await get("/v1/customer-portal/license-keys/", { cookie: two, headers: { "polar-organization": shop.org.id } });
    expect((picked.body.items as { id: string }[]).map((k) => k.id)).toEqual([a.key.id]);
  });

  test("a bad page or limit is a 422 with field detail", async () => {
    const { tokenA } = await twoBuyers();
    const res = await get("/v1/customer-portal/license-keys/?page=0&limit=1000", { token: tokenA });
    expect(res.status).toBe(422);
    expect(res.body).toEqual(
      validation(
        [["query", "page"], "Too small: expected number to be >=1", "too_small"],
        [["query", "limit"], "Too big: expected number to be <=100", "too_big"],
      ),
    );
  });
});
