import { randomUUID } from "node:crypto";
import { createLocalJWKSet, decodeProtectedHeader, errors as joseErrors, jwtVerify } from "jose";
import { afterEach, describe, expect, test } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db";
import { issueLicenseToken } from "@/lib/license-keys/issue-license-token";
import { rotateSigningKey } from "@/lib/license-keys/signing-keys";
import { createTestOrg } from "@/test/factories";
import { addActivation, fetchJwks, licenseKeyRow, purchasedLicenseKey, remoteJwks } from "@/test/signing-fixtures";

const DAY = 86_400;
const nowS = () => Math.floor(Date.now() / 1000);

/** What an app does offline: check the signature against the published keys, the algorithm and the issuer. */
const verify = (token: string, organizationId: string, jwks = remoteJwks(organizationId)) =>
  jwtVerify(token, jwks, { algorithms: ["EdDSA"], issuer: `benefactor:${organizationId}` });

/** [HTTP status, the license API's code]. */
async function apiError(p: Promise<unknown>): Promise<[number, string | undefined]> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(err)}`);
  return [err.status, err.machineCode];
}

const savedTtl = process.env.LICENSE_TOKEN_TTL_SECONDS;
afterEach(() => {
  if (savedTtl === undefined) delete process.env.LICENSE_TOKEN_TTL_SECONDS;
  else process.env.LICENSE_TOKEN_TTL_SECONDS = savedTtl;
});

describe("issueLicenseToken", () => {
  test("a purchased key's token verifies against the JWKS the running app publishes", async () => {
    const { org, customer, benefit, licenseKey } = await purchasedLicenseKey();
    const activation = await addActivation(licenseKey.id);
    const before = nowS();
    const issued = await issueLicenseToken(db, { licenseKeyId: licenseKey.id, activationId: activation.id });

    const { payload, protectedHeader } = await verify(issued.token, org.id);
    const signer = await db.organizationSigningKey.findFirstOrThrow({ where: { organizationId: org.id } });
    expect(protectedHeader).toEqual({ alg: "EdDSA", kid: signer.id, typ: "JWT" });
    expect(payload).toEqual({
      iss: `benefactor:${org.id}`,
      sub: licenseKey.id,
      iat: expect.any(Number),
      exp: expect.any(Number),
      organization_id: org.id,
      benefit_id: benefit.id,
      customer_id: customer.id,
      activation_id: activation.id,
      status: "granted",
      license_expires_at: null,
      usage: 0,
      limit_usage: null,
      limit_activations: 3,
    });
    expect(payload.iat).toBeGreaterThanOrEqual(before);
    expect(payload.exp).toBe(payload.iat! + DAY);
    expect(issued.expires_at).toBe(new Date(payload.exp! * 1000).toISOString());
    // The license key string itself never travels in the token.
    expect(JSON.stringify(payload)).not.toContain(licenseKey.key);
  });

  test("without an activation the claim is null", async () => {
    const { org } = await createTestOrg();
    const key = await licenseKeyRow(org.id);
    const { payload } = await verify((await issueLicenseToken(db, { licenseKeyId: key.id, activationId: null })).token, org.id);
    expect(payload.activation_id).toBeNull();
  });

  test("a tampered token fails verification", async () => {
    const { org } = await createTestOrg();
    const key = await licenseKeyRow(org.id);
    const { token } = await issueLicenseToken(db, { licenseKeyId: key.id, activationId: null });
    const [header, body, signature] = token.split(".");
    const claims = JSON.parse(Buffer.from(body, "base64url").toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, exp: claims.exp as number + 365 * DAY })).toString("base64url");
    await expect(verify(`${header}.${forged}.${signature}`, org.id)).rejects.toBeInstanceOf(joseErrors.JWSSignatureVerificationFailed);
    const flipped = signature.slice(0, 10) + (signature[10] === "A" ? "B" : "A") + signature.slice(11);
    await expect(verify(`${header}.${body}.${flipped}`, org.id)).rejects.toBeInstanceOf(joseErrors.JWSSignatureVerificationFailed);
  });

  test("another organization's keys do not verify it, even under the token's kid", async () => {
    const { org } = await createTestOrg();
    const other = await createTestOrg();
    const key = await licenseKeyRow(org.id);
    const { token } = await issueLicenseToken(db, { licenseKeyId: key.id, activationId: null });

    const otherJwks = await (await fetchJwks(other.org.id)).json() as { keys: { kid: string }[] };
    expect(otherJwks.keys).toHaveLength(1);
    await expect(jwtVerify(token, remoteJwks(other.org.id), { algorithms: ["EdDSA"] })).rejects.toBeInstanceOf(
      joseErrors.JWKSNoMatchingKey,
    );
    // An attacker relabelling the other organization's key with this token's kid gains nothing.
    const { kid } = decodeProtectedHeader(token);
    const relabelled = createLocalJWKSet({ keys: otherJwks.keys.map((k) => ({ ...k, kid })) });
    await expect(jwtVerify(token, relabelled, { algorithms: ["EdDSA"] })).rejects.toBeInstanceOf(
      joseErrors.JWSSignatureVerificationFailed,
    );
    // And the issuer pins the organization.
    await expect(verify(token, other.org.id, remoteJwks(org.id))).rejects.toBeInstanceOf(joseErrors.JWTClaimValidationFailed);
  });

  test("after a rotation old tokens still verify and new ones carry the new kid", async () => {
    const { org } = await createTestOrg();
    const key = await licenseKeyRow(org.id);
    const old = await issueLicenseToken(db, { licenseKeyId: key.id, activationId: null });
    const rotated = await rotateSigningKey(db, org.id);
    const fresh = await issueLicenseToken(db, { licenseKeyId: key.id, activationId: null });

    expect(decodeProtectedHeader(fresh.token).kid).toBe(rotated.id);
    expect(decodeProtectedHeader(old.token).kid).not.toBe(rotated.id);
    const jwks = remoteJwks(org.id);
    await expect(verify(old.token, org.id, jwks)).resolves.toBeTruthy();
    await expect(verify(fresh.token, org.id, jwks)).resolves.toBeTruthy();
  });

  test("exp never passes the key's own expiry, and follows LICENSE_TOKEN_TTL_SECONDS otherwise", async () => {
    const { org } = await createTestOrg();
    const expiresAt = new Date(Date.now() + 3_600_500);
    const soon = await licenseKeyRow(org.id, { expiresAt });
    const capped = await verify((await issueLicenseToken(db, { licenseKeyId: soon.id, activationId: null })).token, org.id);
    expect(capped.payload.exp).toBe(Math.floor(expiresAt.getTime() / 1000));
    expect(capped.payload.license_expires_at).toBe(expiresAt.toISOString());

    process.env.LICENSE_TOKEN_TTL_SECONDS = "120";
    const later = await licenseKeyRow(org.id, { expiresAt: new Date(Date.now() + 30 * DAY * 1000) });
    const short = await verify((await issueLicenseToken(db, { licenseKeyId: later.id, activationId: null })).token, org.id);
    expect(short.payload.exp).toBe(short.payload.iat! + 120);
  });

  test("refuses unknown keys, other keys' activations, and keys that are no longer good", async () => {
    const { org } = await createTestOrg();
    const key = await licenseKeyRow(org.id);
    const otherKey = await licenseKeyRow(org.id);
    const foreignActivation = await addActivation(otherKey.id);
    expect(await apiError(issueLicenseToken(db, { licenseKeyId: randomUUID(), activationId: null }))).toEqual([404, "not_found"]);
    expect(await apiError(issueLicenseToken(db, { licenseKeyId: "not-a-uuid", activationId: null }))).toEqual([404, "not_found"]);
    expect(await apiError(issueLicenseToken(db, { licenseKeyId: key.id, activationId: foreignActivation.id }))).toEqual([404, "activation_not_found"]);
    expect(await apiError(issueLicenseToken(db, { licenseKeyId: key.id, activationId: "nope" }))).toEqual([404, "activation_not_found"]);

    const revoked = await licenseKeyRow(org.id, { status: "revoked" });
    expect(await apiError(issueLicenseToken(db, { licenseKeyId: revoked.id, activationId: null }))).toEqual([403, "revoked"]);
    const disabled = await licenseKeyRow(org.id, { status: "disabled" });
    expect(await apiError(issueLicenseToken(db, { licenseKeyId: disabled.id, activationId: null }))).toEqual([403, "disabled"]);
    const expired = await licenseKeyRow(org.id, { expiresAt: new Date(Date.now() - 1000) });
    expect(await apiError(issueLicenseToken(db, { licenseKeyId: expired.id, activationId: null }))).toEqual([403, "expired"]);
  });
});
