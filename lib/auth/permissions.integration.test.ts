import { describe, expect, test } from "vitest";
import { createAccessToken } from "@/lib/auth/access-tokens";
import { db } from "@/lib/db";
import { api, createTestBenefit, createTestOrg, createTestUser } from "@/test/factories";
import { signInCookie } from "@/test/session";

describe("merchant sessions on the API", () => {
  test("a signed-in owner uses the API without a token; roles limit what they can do", async () => {
    const { org, owner } = await createTestOrg();
    const cookie = await signInCookie(owner.email, owner.password);
    const list = await api("/v1/benefits/", { headers: { cookie } });
    expect(list.status).toBe(200);

    const member = await createTestUser();
    await db.membership.create({ data: { organizationId: org.id, userId: member.id, role: "member" } });
    const memberCookie = await signInCookie(member.email, member.password);
    const benefit = await createTestBenefit(org.id);

    // Members read and write but cannot delete.
    expect((await api(`/v1/benefits/${benefit.id}`, { headers: { cookie: memberCookie } })).status).toBe(200);
    const del = await api(`/v1/benefits/${benefit.id}`, { method: "DELETE", headers: { cookie: memberCookie } });
    expect(del.status).toBe(403);
    expect(await del.json()).toEqual({ error: "NotPermitted", detail: "You don't have the permission to do this" });
    expect((await api(`/v1/benefits/${benefit.id}`, { method: "DELETE", headers: { cookie } })).status).toBe(204);
  });

  test("a merchant in several organizations picks one with Polar-Organization; others' are 404", async () => {
    const a = await createTestOrg();
    const b = await createTestOrg();
    await db.membership.create({ data: { organizationId: b.org.id, userId: a.owner.id, role: "admin" } });
    const cookie = await signInCookie(a.owner.email, a.owner.password);
    const benefitB = await createTestBenefit(b.org.id);

    const ambiguous = await api("/v1/benefits/", { headers: { cookie } });
    expect(ambiguous.status).toBe(400);
    expect((await ambiguous.json()).error).toBe("BadRequest");

    const inB = await api(`/v1/benefits/${benefitB.id}`, { headers: { cookie, "polar-organization": b.org.id } });
    expect(inB.status).toBe(200);
    const inA = await api(`/v1/benefits/${benefitB.id}`, { headers: { cookie, "polar-organization": a.org.id } });
    expect(inA.status).toBe(404);

    const stranger = await createTestOrg();
    const notMine = await api("/v1/benefits/", { headers: { cookie, "polar-organization": stranger.org.id } });
    expect(notMine.status).toBe(404);
  });

  test("a revoked or expired token is refused", async () => {
    const { org, token } = await createTestOrg();
    await db.organizationAccessToken.updateMany({ where: { organizationId: org.id }, data: { revokedAt: new Date() } });
    const res = await api("/v1/benefits/", { token });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: "Unauthorized", detail: "Invalid, expired or revoked access token" });

    const expired = await createAccessToken(db, { organizationId: org.id, name: "old", expiresAt: new Date(Date.now() - 1000) });
    expect((await api("/v1/benefits/", { token: expired.token })).status).toBe(401);
    const live = await createAccessToken(db, { organizationId: org.id, name: "new", expiresAt: new Date(Date.now() + 60_000) });
    expect((await api("/v1/benefits/", { token: live.token })).status).toBe(200);
  });
});
