import { randomUUID } from "node:crypto";
import { SignJWT, importJWK, importSPKI, jwtVerify } from "jose";
import { describe, expect, test } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db";
import { getCurrentSigningKey, listSigningKeys, rotateSigningKey } from "@/lib/license-keys/signing-keys";
import { getOrganizationJwks, signingKeyPem } from "@/lib/license-keys/signing-keys-public";
import { openSecret } from "@/lib/webhooks/secret-box";
import { createTestOrg } from "@/test/factories";

const countKeys = (organizationId: string) => db.organizationSigningKey.count({ where: { organizationId } });

async function notFoundDetail(p: Promise<unknown>): Promise<string> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(err)}`);
  expect(err.status).toBe(404);
  return String(err.detail);
}

describe("organization signing keys", () => {
  test("ten concurrent first uses create exactly one key, and every caller gets it", async () => {
    const { org } = await createTestOrg();
    expect(await countKeys(org.id)).toBe(0);
    const results = await Promise.all([
      ...Array.from({ length: 7 }, () => getCurrentSigningKey(db, org.id).then((k) => k.id)),
      ...Array.from({ length: 3 }, () => listSigningKeys(db, org.id).then((keys) => keys.map((k) => k.id).join())),
    ]);
    expect(await countKeys(org.id)).toBe(1);
    const [only] = await db.organizationSigningKey.findMany({ where: { organizationId: org.id } });
    expect(new Set(results)).toEqual(new Set([only.id]));
  });

  test("stores an Ed25519 public JWK and the private JWK sealed to this organization", async () => {
    const { org } = await createTestOrg();
    const key = await getCurrentSigningKey(db, org.id);
    const row = await db.organizationSigningKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(row.algorithm).toBe("EdDSA");
    expect(row.publicKey).toEqual({ kty: "OKP", crv: "Ed25519", x: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    expect(row.privateKey).toMatch(/^v1\./);
    const privateJwk = JSON.parse(openSecret(row.privateKey, `license-signing-key:${org.id}`)) as Record<string, string>;
    expect(row.privateKey).not.toContain(privateJwk.d);
    expect(privateJwk).toMatchObject({ kty: "OKP", crv: "Ed25519", x: (row.publicKey as { x: string }).x });
    // Sealed to this organization: the same value does not open under another's context.
    expect(() => openSecret(row.privateKey, `license-signing-key:${randomUUID()}`)).toThrow(/cannot be decrypted/);

    // The cached private key and the stored public key are one pair.
    const jwt = await new SignJWT({ a: 1 }).setProtectedHeader({ alg: "EdDSA" }).sign(key.privateKey);
    const { payload } = await jwtVerify(jwt, await importJWK({ ...key.publicKey }, "EdDSA"));
    expect(payload).toEqual({ a: 1 });
  });

  test("rotation makes a strictly newer key the signer and keeps every key published", async () => {
    const { org } = await createTestOrg();
    const first = await getCurrentSigningKey(db, org.id);
    const second = await rotateSigningKey(db, org.id);
    const third = await rotateSigningKey(db, org.id);
    expect(second.createdAt.getTime()).toBeGreaterThan(first.createdAt.getTime());
    expect(third.createdAt.getTime()).toBeGreaterThan(second.createdAt.getTime());
    expect((await getCurrentSigningKey(db, org.id)).id).toBe(third.id);
    expect((await listSigningKeys(db, org.id)).map((k) => k.id)).toEqual([third.id, second.id, first.id]);
    const jwks = await getOrganizationJwks(db, org.id);
    expect(jwks.keys.map((k) => k.kid)).toEqual([third.id, second.id, first.id]);
    expect(jwks.keys[0]).toEqual({ ...third.publicKey, kid: third.id, alg: "EdDSA", use: "sig" });
  });

  test("the PEM form is the SPKI of the same public key", async () => {
    const { org } = await createTestOrg();
    const key = await getCurrentSigningKey(db, org.id);
    const pem = await signingKeyPem(key);
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+\n-----END PUBLIC KEY-----\n?$/);
    const jwt = await new SignJWT({}).setProtectedHeader({ alg: "EdDSA" }).sign(key.privateKey);
    await expect(jwtVerify(jwt, await importSPKI(pem, "EdDSA"))).resolves.toBeTruthy();
  });

  test("an unknown organization has no keys and gets none made", async () => {
    const id = randomUUID();
    expect(await notFoundDetail(getCurrentSigningKey(db, id))).toBe("Organization not found");
    expect(await notFoundDetail(rotateSigningKey(db, id))).toBe("Organization not found");
    expect(await notFoundDetail(getOrganizationJwks(db, id))).toBe("Organization not found");
    expect(await countKeys(id)).toBe(0);
  });
});
