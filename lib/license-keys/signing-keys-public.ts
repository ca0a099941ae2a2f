import { exportSPKI, importJWK, type CryptoKey } from "jose";
import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db";
import { LICENSE_TOKEN_ALG } from "@/lib/license-keys/license-token-claims";
import { listSigningKeys, type SigningKeyRow, type SigningPublicJwk } from "@/lib/license-keys/signing-keys";

/** One entry of the organization's JWKS: only the public half, with what verifiers match on. */
export type PublicSigningJwk = SigningPublicJwk & { kid: string; alg: typeof LICENSE_TOKEN_ALG; use: "sig" };

export function toPublicJwk(key: SigningKeyRow): PublicSigningJwk {
  const { kty, crv, x } = key.publicKey;
  return { kty, crv, x, kid: key.id, alg: LICENSE_TOKEN_ALG, use: "sig" };
}

/**
 * The organization's JWK Set, newest key first. Creates the first key when there is none, so the
 * URL works before anything has been signed. An unknown organization is a 404.
 */
export async function getOrganizationJwks(db: Db, organizationId: string): Promise<{ keys: PublicSigningJwk[] }> {
  const exists = await db.organization.findUnique({ where: { id: organizationId }, select: { id: true } });
  if (!exists) throw ApiError.notFound("Organization");
  const keys = await listSigningKeys(db, organizationId);
  return { keys: keys.map(toPublicJwk) };
}

/** The public key as SPKI PEM, for tools that take PEM rather than a JWK (PyJWT, openssl). */
export async function signingKeyPem(key: SigningKeyRow): Promise<string> {
  const publicKey = (await importJWK({ ...key.publicKey, alg: LICENSE_TOKEN_ALG }, LICENSE_TOKEN_ALG)) as CryptoKey;
  return exportSPKI(publicKey);
}

/** The JWKS URL apps fetch (or bundle a copy of) to verify license tokens. */
export function organizationJwksUrl(baseUrl: string, organizationId: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/v1/organizations/${organizationId}/jwks.json`;
}

/**
 * What the dashboard shows: the signing key (JWK and PEM) and every published key, newest first.
 * Creates the first key when there is none, so the page is never empty.
 */
export async function getSigningKeysOverview(db: Db, organizationId: string) {
  const keys = await listSigningKeys(db, organizationId);
  const [current] = keys;
  return {
    current: { ...toPublicJwk(current), pem: await signingKeyPem(current), createdAt: current.createdAt },
    keys: keys.map((k) => ({ kid: k.id, createdAt: k.createdAt, isSigning: k.id === current.id })),
  };
}
