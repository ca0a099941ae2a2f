import { errors } from "@polar-sh/sdk/2026-10";
import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { reconcileGrant } from "@/lib/grants/reconcile-grant";
import { api, createTestBenefit, createTestCustomer, createTestOrg } from "@/test/factories";
import { createGrantWorld, createTestOrder, holdBenefits, settleWorldDeliveries } from "@/test/grant-fixtures";

afterAll(settleWorldDeliveries);

/** A custom and a GitHub benefit (not deliverable yet); Ann holds both (the GitHub one fails), Bob the custom one. */
async function grantsWorld() {
  const world = await createGrantWorld([{ properties: { note: "Welcome" } }, { type: "github_repository", properties: { repository_owner: "acme", repository_name: "app", permission: "pull" } }]);
  const { org, product, benefits } = world;
  const [custom, github] = benefits;
  const ann = world.customer;
  const bob = await createTestCustomer(org.id, { external_id: `bob-${org.id}` });
  const annOrder = await createTestOrder(org.id, ann.id, product.id);
  const bobOrder = await createTestOrder(org.id, bob.id, product.id);
  const [annCustom, annGitHub] = (await holdBenefits(org.id, ann.id, annOrder.id, [custom.id, github.id])).grantIds;
  const [bobCustom] = (await holdBenefits(org.id, bob.id, bobOrder.id, [custom.id])).grantIds;
  for (const id of [annCustom, annGitHub, bobCustom]) await reconcileGrant(db, id);
  return { ...world, custom, github, ann, bob, annOrder, annCustom, annGitHub, bobCustom };
}

const ids = (page: { items: { id: string }[] }) => page.items.map((g) => g.id).sort();

describe("grant queries", () => {
  test("the seed's benefitGrants.list and benefits.grants calls, in Polar's shape", async () => {
    const w = await grantsWorld();
    const page = await w.polar.benefitGrants.list({ customer_id: w.ann.id, benefit_id: w.custom.id, is_granted: true } as never);
    expect(page.pagination).toEqual({ total_count: 1, max_page: 1 });
    const grant = page.items[0];
    expect(grant).toEqual({
      id: w.annCustom,
      created_at: expect.any(String),
      modified_at: expect.any(String),
      granted_at: expect.any(String),
      is_granted: true,
      revoked_at: null,
      is_revoked: false,
      status: "granted",
      subscription_id: null,
      order_id: w.annOrder.id,
      customer_id: w.ann.id,
      member_id: null,
      benefit_id: w.custom.id,
      error: null,
      customer: expect.objectContaining({ id: w.ann.id, email: w.ann.email, organization_id: w.org.id }),
      member: null,
      benefit: expect.objectContaining({ id: w.custom.id, type: "custom", properties: { note: "Welcome" } }),
      properties: { note: "Welcome" },
    });

    const ofBenefit = await w.polar.benefits.grants(w.custom.id, { is_granted: true });
    expect(ids(ofBenefit)).toEqual([w.annCustom, w.bobCustom].sort());
    expect(ids(await w.polar.benefits.grants(w.custom.id, { customer_id: w.bob.id }))).toEqual([w.bobCustom]);
    expect((await w.polar.benefits.grants(w.custom.id, { member_id: "m1" })).items).toEqual([]);
  });

  test("filters: benefit, external customer, granted, revoked; sorting and pagination", async () => {
    const w = await grantsWorld();
    const byBenefit = await (await api(`/v1/benefit-grants/?benefit_id=${w.custom.id}`, { token: w.token })).json();
    expect(ids(byBenefit)).toEqual([w.annCustom, w.bobCustom].sort());
    expect(ids(await w.polar.benefitGrants.list({ external_customer_id: w.bob.externalId! }))).toEqual([w.bobCustom]);

    const notGranted = await w.polar.benefitGrants.list({ is_granted: false });
    expect(notGranted.items.map((g) => [g.id, g.is_granted, g.error?.message])).toEqual([
      [w.annGitHub, false, "GitHub integration not configured: connect GitHub on the Integrations page, then retry"],
    ]);

    await holdBenefits(w.org.id, w.ann.id, w.annOrder.id, [w.github.id]);
    await reconcileGrant(db, w.annCustom);
    const revoked = await (await api("/v1/benefit-grants/?is_revoked=true", { token: w.token })).json();
    expect(revoked.items.map((g: { id: string; revoked_at: string }) => [g.id, typeof g.revoked_at])).toEqual([[w.annCustom, "string"]]);

    const first = await w.polar.benefitGrants.list({ limit: 1, sorting: ["granted_at"] });
    expect(first.pagination).toEqual({ total_count: 3, max_page: 3 });
    expect(first.items[0].id).toBe(w.annCustom);
    const last = await w.polar.benefitGrants.list({ limit: 1, page: 3, sorting: ["granted_at"] });
    expect(last.items[0].id).toBe(w.annGitHub); // never granted: nulls last
  });

  test("another organization sees none of them; its benefit is 404", async () => {
    const w = await grantsWorld();
    const other = await createTestOrg();
    expect((await other.polar.benefitGrants.list({})).items).toEqual([]);
    expect((await w.polar.benefitGrants.list({ organization_id: other.org.id })).items).toEqual([]);
    await expect(other.polar.benefits.grants(w.custom.id)).rejects.toBeInstanceOf(errors.ResourceNotFound);
    const res = await api(`/v1/benefit-grants/${w.annCustom}`, { token: other.token });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: "ResourceNotFound", detail: "Benefit grant not found" });
  });

  test("bad queries are 422 with the failing parameter", async () => {
    const { token } = await createTestOrg();
    for (const [query, loc] of [
      ["is_granted=maybe", ["query", "is_granted"]],
      ["customer_id=nope", ["query", "customer_id", 0]],
      ["sorting=email", ["query", "sorting", 0]],
      ["limit=0", ["query", "limit"]],
    ] as const) {
      const res = await api(`/v1/benefit-grants/?${query}`, { token });
      expect(res.status, query).toBe(422);
      expect((await res.json()).detail[0].loc, query).toEqual(loc);
    }
  });
});

describe("merchant actions", () => {
  test("grant by hand, then revoke: 201 pending, delivered by the engine, 202 revoke, idempotent", async () => {
    const w = await grantsWorld();
    const res = await api("/v1/benefit-grants/", {
      method: "POST",
      token: w.token,
      json: { external_customer_id: w.bob.externalId, benefit_id: w.github.id },
    });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({ customer_id: w.bob.id, benefit_id: w.github.id, order_id: null, subscription_id: null, is_granted: false, error: null });

    const custom = await (
      await api("/v1/benefit-grants/", { method: "POST", token: w.token, json: { customer_id: w.ann.id, benefit_id: w.custom.id } })
    ).json();
    expect(await reconcileGrant(db, custom.id)).toBe("granted");
    expect(await (await api(`/v1/benefit-grants/${custom.id}`, { token: w.token })).json()).toMatchObject({ is_granted: true, properties: { note: "Welcome" } });

    const again = await api("/v1/benefit-grants/", { method: "POST", token: w.token, json: { customer_id: w.ann.id, benefit_id: w.custom.id } });
    expect(again.status).toBe(409);
    expect(await again.json()).toEqual({
      error: "ResourceAlreadyExists",
      detail: `The customer already holds a manual grant of this benefit (${custom.id}): retry or revoke it`,
    });

    const revoke = await api(`/v1/benefit-grants/${custom.id}/revoke`, { method: "POST", token: w.token });
    expect(revoke.status).toBe(202);
    expect(await revoke.json()).toMatchObject({ id: custom.id, is_granted: true, status: "granted" });
    expect(await reconcileGrant(db, custom.id)).toBe("revoked");
    const jobs = () => db.outbox.count({ where: { name: "grants/grant.reconcile-requested", data: { path: ["grantId"], equals: custom.id } } });
    const before = await jobs();
    const twice = await api(`/v1/benefit-grants/${custom.id}/revoke`, { method: "POST", token: w.token });
    expect(twice.status).toBe(202);
    expect(await twice.json()).toMatchObject({ is_revoked: true, status: "revoked" });
    expect(await jobs()).toBe(before);
    // The manual grant is gone, so granting by hand works again (a new grant).
    const regrant = await api("/v1/benefit-grants/", { method: "POST", token: w.token, json: { customer_id: w.ann.id, benefit_id: w.custom.id } });
    expect(regrant.status).toBe(201);
    expect((await regrant.json()).id).not.toBe(custom.id);
  });

  test("retry: a failed grant goes back to pending with a new attempt queued; nothing to retry is 400", async () => {
    const w = await grantsWorld();
    const res = await api(`/v1/benefit-grants/${w.annGitHub}/retry`, { method: "POST", token: w.token });
    expect(res.status).toBe(202);
    expect(await res.json()).toMatchObject({ id: w.annGitHub, status: "pending", is_granted: false, error: { message: "GitHub integration not configured: connect GitHub on the Integrations page, then retry" } });
    const queued = await db.outbox.findMany({
      where: { name: "grants/grant.reconcile-requested", data: { path: ["grantId"], equals: w.annGitHub } },
      select: { concurrencyKey: true },
    });
    expect(queued).toContainEqual({ concurrencyKey: `customer:${w.ann.id}` });
    expect(await reconcileGrant(db, w.annGitHub)).toBe("failed");

    const nothing = await api(`/v1/benefit-grants/${w.annCustom}/retry`, { method: "POST", token: w.token });
    expect(nothing.status).toBe(400);
    expect(await nothing.json()).toEqual({ error: "BadRequest", detail: "The grant is already granted: there is nothing to retry" });
  });

  test("negative: no token 401, another organization 404 or 422, bad bodies 422", async () => {
    const w = await grantsWorld();
    const other = await createTestOrg();
    const otherCustomer = await createTestCustomer(other.org.id);

    for (const [path, method] of [
      ["/v1/benefit-grants/", "GET"],
      ["/v1/benefit-grants/", "POST"],
      [`/v1/benefit-grants/${w.annCustom}`, "GET"],
      [`/v1/benefit-grants/${w.annCustom}/retry`, "POST"],
      [`/v1/benefit-grants/${w.annCustom}/revoke`, "POST"],
      [`/v1/benefits/${w.custom.id}/grants`, "GET"],
    ]) {
      const res = await api(path, { method });
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(await res.json()).toEqual({ error: "Unauthorized", detail: "Missing or invalid access token" });
    }

    for (const action of ["retry", "revoke"]) {
      const res = await api(`/v1/benefit-grants/${w.annGitHub}/${action}`, { method: "POST", token: other.token });
      expect(res.status, action).toBe(404);
      expect(await res.json()).toEqual({ error: "ResourceNotFound", detail: "Benefit grant not found" });
    }
    expect((await api("/v1/benefit-grants/not-a-uuid/retry", { method: "POST", token: w.token })).status).toBe(404);
    expect(await db.benefitGrant.findUniqueOrThrow({ where: { id: w.annGitHub } })).toMatchObject({ status: "failed", target: "granted" });

    const otherBenefit = await createTestBenefit(other.org.id);
    const cases: [unknown, (string | number)[], string][] = [
      [{ customer_id: otherCustomer.id, benefit_id: w.custom.id }, ["body", "customer_id"], "Customer not found in this organization"],
      [{ customer_id: w.ann.id, benefit_id: otherBenefit.id }, ["body", "benefit_id"], "Benefit not found in this organization"],
      [{ external_customer_id: "nobody", benefit_id: w.custom.id }, ["body", "external_customer_id"], "Customer not found in this organization"],
      [{ benefit_id: w.custom.id }, ["body", "customer_id"], "Give customer_id or external_customer_id"],
      [{ customer_id: w.ann.id, external_customer_id: "x", benefit_id: w.custom.id }, ["body", "external_customer_id"], "Give customer_id or external_customer_id, not both"],
      [{ customer_id: w.ann.id }, ["body", "benefit_id"], "Field required"],
      [{ customer_id: w.ann.id, benefit_id: "nope" }, ["body", "benefit_id"], "Not a benefit id"],
    ];
    for (const [json, loc, msg] of cases) {
      const res = await api("/v1/benefit-grants/", { method: "POST", token: w.token, json });
      expect(res.status, JSON.stringify(json)).toBe(422);
      expect((await res.json()).detail, JSON.stringify(json)).toEqual([{ loc, msg, type: expect.any(String) }]);
    }
    const notJson = await api("/v1/benefit-grants/", { method: "POST", token: w.token, body: "{", headers: { "content-type": "application/json" } });
    expect(notJson.status).toBe(422);
  });
});
