import { createPolar } from "@polar-sh/sdk/2026-10";
import { describe, expect, test } from "vitest";
import { hashToken } from "@/lib/auth/access-tokens";
import { db } from "@/lib/db";
import { aDate, anId, validation } from "@/lib/purchases/purchase-test-support";
import { api, baseUrl, createTestCustomer, createTestOrg, randomSuffix } from "@/test/factories";
import { postSession } from "@/test/portal-fixtures";

const HOUR_MS = 3600_000;

describe("POST /v1/customer-sessions/", () => {
  test("opens a session by customer id: Polar's CustomerSession, a link to the portal, the token stored hashed", async () => {
    const { org, token } = await createTestOrg();
    const customer = await createTestCustomer(org.id, { name: "Ada", metadata: { plan: "pro" } });
    const before = Date.now();
    const { status, body } = await postSession(token, { customer_id: customer.id, return_url: "https://shop.example/account" });

    expect(status).toBe(201);
    expect(body).toEqual({
      id: anId,
      created_at: aDate,
      modified_at: null,
      token: expect.stringMatching(/^bfr_cst_[A-Za-z0-9_-]{43}$/),
      expires_at: aDate,
      return_url: "https://shop.example/account",
      customer_portal_url: `${baseUrl()}/portal/${org.slug}?customer_session_token=${body.token}`,
      customer_id: customer.id,
      customer: expect.objectContaining({ id: customer.id, email: customer.email, name: "Ada", metadata: { plan: "pro" }, organization_id: org.id }),
    });
    const expiresIn = new Date(body.expires_at as string).getTime() - before;
    expect(expiresIn).toBeGreaterThan(HOUR_MS - 60_000);
    expect(expiresIn).toBeLessThanOrEqual(HOUR_MS + 60_000);

    const row = await db.customerSession.findUniqueOrThrow({ where: { id: body.id as string } });
    expect(row.tokenHash).toBe(hashToken(body.token as string));
    expect(JSON.stringify(row)).not.toContain(body.token as string);
  });

  test("opens a session by external id through the Polar SDK; every session gets its own token", async () => {
    const { org, polar } = await createTestOrg();
    const externalId = `user-${randomSuffix()}`;
    const customer = await createTestCustomer(org.id, { external_id: externalId });
    const first = await polar.customerSessions.create({ external_customer_id: externalId });
    const second = await polar.customerSessions.create({ external_customer_id: externalId });
    expect(first.customer_id).toBe(customer.id);
    expect(first.customer.external_id).toBe(externalId);
    expect(first.return_url).toBeNull();
    expect(second.token).not.toBe(first.token);
    expect(await db.customerSession.count({ where: { customerId: customer.id } })).toBe(2);
  });

  test("refuses a body that names no customer, both, or a malformed one (422 per field)", async () => {
    const { org, token } = await createTestOrg();
    const customer = await createTestCustomer(org.id, { external_id: `x-${randomSuffix()}` });
    expect(await postSession(token, {})).toEqual({
      status: 422,
      body: validation([["body", "customer_id"], "Either customer_id or external_customer_id is required", "custom"]),
    });
    expect(await postSession(token, { customer_id: customer.id, external_customer_id: customer.externalId })).toEqual({
      status: 422,
      body: validation([["body", "external_customer_id"], "Send either customer_id or external_customer_id, not both", "custom"]),
    });
    const malformed = await postSession(token, { customer_id: "nope", return_url: "javascript:alert(1)", member_id: "m1" });
    expect(malformed.status).toBe(422);
    expect((malformed.body.detail as { loc: string[] }[]).map((d) => d.loc)).toEqual([
      ["body", "customer_id"],
      ["body", "return_url"],
      ["body", "member_id"],
    ]);
    const notJson = await api("/v1/customer-sessions/", { method: "POST", token, body: "{", headers: { "content-type": "application/json" } });
    expect(notJson.status).toBe(422);
    expect(await notJson.json()).toEqual(validation([["body"], "Request body is not valid JSON", "json_invalid"]));
  });

  test("an unknown, deleted or other organization's customer is a 422 on the field that named it", async () => {
    const { org, token } = await createTestOrg();
    const other = await createTestOrg();
    const theirs = await createTestCustomer(other.org.id, { external_id: `theirs-${randomSuffix()}` });
    const gone = await createTestCustomer(org.id);
    await db.customer.update({ where: { id: gone.id }, data: { deletedAt: new Date() } });

    const missing = (field: string) => ({ status: 422, body: validation([["body", field], "Customer does not exist"]) });
    expect(await postSession(token, { customer_id: "00000000-0000-4000-8000-000000000000" })).toEqual(missing("customer_id"));
    expect(await postSession(token, { customer_id: theirs.id })).toEqual(missing("customer_id"));
    expect(await postSession(token, { external_customer_id: theirs.externalId })).toEqual(missing("external_customer_id"));
    expect(await postSession(token, { customer_id: gone.id })).toEqual(missing("customer_id"));
    expect(await db.customerSession.count({ where: { customerId: { in: [theirs.id, gone.id] } } })).toBe(0);
  });

  test("needs an organization token with write access: none, a bad one or a customer session token is 401", async () => {
    const { org, token } = await createTestOrg();
    const customer = await createTestCustomer(org.id);
    const unauthorized = (detail: string) => ({ status: 401, body: { error: "Unauthorized", detail } });
    expect(await postSession(undefined, { customer_id: customer.id })).toEqual(unauthorized("Missing or invalid access token"));
    expect(await postSession("bfr_oat_nope", { customer_id: customer.id })).toEqual(unauthorized("Invalid, expired or revoked access token"));
    const { body } = await postSession(token, { customer_id: customer.id });
    // A customer cannot mint sessions (for themselves or anyone) with their own session token.
    expect(await postSession(body.token as string, { customer_id: customer.id })).toEqual(
      unauthorized("Invalid, expired or revoked access token"),
    );
    const sdk = createPolar({ baseUrl: baseUrl(), accessToken: body.token as string });
    await expect(sdk.customerSessions.create({ customer_id: customer.id })).rejects.toMatchObject({ statusCode: 401 });
  });
});
