import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { api, createTestOrg } from "@/test/factories";
import { publicHeaders } from "@/test/signing-fixtures";

const jwksPath = (id: string) => `/v1/organizations/${id}/jwks.json`;
const get = (path: string, token?: string) => api(path, { token, headers: publicHeaders() });
const NOT_FOUND = { error: "ResourceNotFound", detail: "Organization not found" };

describe("GET /v1/organizations/{id}/jwks.json", () => {
  test("publishes the organization's key without auth, creating it on first request, cacheable", async () => {
    const { org } = await createTestOrg();
    expect(await db.organizationSigningKey.count({ where: { organizationId: org.id } })).toBe(0);

    const res = await get(jwksPath(org.id));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("cache-control")).toBe("public, max-age=300");
    const key = await db.organizationSigningKey.findFirstOrThrow({ where: { organizationId: org.id } });
    expect(await res.json()).toEqual({
      keys: [{ kty: "OKP", crv: "Ed25519", x: (key.publicKey as { x: string }).x, kid: key.id, alg: "EdDSA", use: "sig" }],
    });
    // Only the public half: a JWKS entry with "d" would hand out the private key.
    const again = (await (await get(jwksPath(org.id))).json()) as { keys: Record<string, unknown>[] };
    expect(again.keys.map((k) => k.kid)).toEqual([key.id]);
    expect(again.keys[0]).not.toHaveProperty("d");
  });

  test("ten concurrent first requests end with one key", async () => {
    const { org } = await createTestOrg();
    const bodies = await Promise.all(Array.from({ length: 10 }, () => get(jwksPath(org.id)).then(async (r) => [r.status, await r.json()])));
    expect(await db.organizationSigningKey.count({ where: { organizationId: org.id } })).toBe(1);
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(bodies[0][0]).toBe(200);
  });

  test("answers the Polar SDK's trailing-slash form too", async () => {
    const { org } = await createTestOrg();
    const res = await get(`${jwksPath(org.id)}/`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { keys: unknown[] }).keys).toHaveLength(1);
  });

  test("an unknown organization is a JSON 404 and gets no key", async () => {
    const id = randomUUID();
    const res = await get(jwksPath(id));
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual(NOT_FOUND);
    expect(await db.organizationSigningKey.count({ where: { organizationId: id } })).toBe(0);
  });

  test.each(["not-a-uuid", "123", "00000000-0000-0000-0000-00000000000g"])("a malformed id %j is a JSON 404", async (id) => {
    const res = await get(jwksPath(id));
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual(NOT_FOUND);
  });

  test("credentials change nothing: another organization's token or a bad one still reads the public keys", async () => {
    const { org } = await createTestOrg();
    const other = await createTestOrg();
    const anonymous = await (await get(jwksPath(org.id))).json();
    const withOtherToken = await get(jwksPath(org.id), other.token);
    expect(withOtherToken.status).toBe(200);
    expect(await withOtherToken.json()).toEqual(anonymous);
    const withBadToken = await get(jwksPath(org.id), "polar_oat_nonsense");
    expect(withBadToken.status).toBe(200);
    expect(await withBadToken.json()).toEqual(anonymous);
  });
});
