import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from "jose";
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import type { Db, DbTx } from "@/lib/db";
import { openSecret, sealSecret } from "@/lib/webhooks/secret-box";
import { LICENSE_TOKEN_ALG } from "@/lib/license-keys/license-token-claims";

/**
 * Each organization's Ed25519 key pairs for license tokens. The newest key signs; every key stays
 * published (JWKS) so tokens signed before a rotation keep verifying until they expire.
 *
 * The private JWK is sealed with the same box as webhook secrets (AES-256-GCM keyed from
 * AUTH_SECRET). Its authenticated context names the purpose and the organization, so a sealed
 * value copied from another column or another organization does not open.
 */

const publicJwkSchema = z.object({ kty: z.literal("OKP"), crv: z.literal("Ed25519"), x: z.string().min(1) });

export type SigningPublicJwk = z.infer<typeof publicJwkSchema>;
export type SigningKeyRow = { id: string; organizationId: string; publicKey: SigningPublicJwk; createdAt: Date };
export type CurrentSigningKey = SigningKeyRow & { privateKey: CryptoKey };
const rowSelect = { id: true, organizationId: true, publicKey: true, createdAt: true } as const;

// The imported private key per kid: a key row never changes, so decrypting and importing it once
// per process is enough. Bounded by the number of keys ever used by this process.
const privateKeys = new Map<string, Promise<CryptoKey>>();

const sealContext = (organizationId: string) => `license-signing-key:${organizationId}`;

function toRow(row: { id: string; organizationId: string; publicKey: unknown; createdAt: Date }): SigningKeyRow {
  return { ...row, publicKey: publicJwkSchema.parse(row.publicKey) };
}

/** The key that signs from now on, created on first use (also by the JWKS route). */
export async function getCurrentSigningKey(db: Db, organizationId: string): Promise<CurrentSigningKey> {
  const existing = await newestKey(db, organizationId);
  const row = existing ?? (await db.$transaction((tx) => createKey(tx, organizationId, { onlyIfNone: true })));
  return { ...row, privateKey: await privateKeyFor(db, row) };
}

/** Every key of the organization, newest first; creates the first one so the JWKS is never empty. */
export async function listSigningKeys(db: Db, organizationId: string): Promise<SigningKeyRow[]> {
  const rows = await db.organizationSigningKey.findMany({
    where: { organizationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: rowSelect,
  });
  if (rows.length > 0) return rows.map(toRow);
  return [await db.$transaction((tx) => createKey(tx, organizationId, { onlyIfNone: true }))];
}

/** A new key signs from now on; the old ones stay published. */
export async function rotateSigningKey(db: Db, organizationId: string): Promise<SigningKeyRow> {
  return db.$transaction((tx) => createKey(tx, organizationId, { onlyIfNone: false }));
}

function newestKey(db: Db | DbTx, organizationId: string): Promise<SigningKeyRow | null> {
  return db.organizationSigningKey
    .findFirst({ where: { organizationId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: rowSelect })
    .then((row) => (row ? toRow(row) : null));
}

/**
 * Serialised per organization with a transaction-level advisory lock, so ten concurrent first
 * uses make one key (the losers find the winner's row after the lock) and a rotation's key is
 * always strictly newer than the one it replaces, even if this host's clock is behind.
 */
async function createKey(tx: DbTx, organizationId: string, { onlyIfNone }: { onlyIfNone: boolean }): Promise<SigningKeyRow> {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended(${`signing-key:${organizationId}`}, 0))`;
  const org = await tx.organization.findUnique({ where: { id: organizationId }, select: { id: true } });
  if (!org) throw ApiError.notFound("Organization");
  const newest = await newestKey(tx, organizationId);
  if (newest && onlyIfNone) return newest;

  const pair = await generateKeyPair(LICENSE_TOKEN_ALG, { crv: "Ed25519", extractable: true });
  const publicJwk = publicJwkSchema.parse(await exportJWK(pair.publicKey));
  const privateJwk = await exportJWK(pair.privateKey);
  const now = new Date();
  const createdAt = newest && newest.createdAt >= now ? new Date(newest.createdAt.getTime() + 1) : now;
  const row = await tx.organizationSigningKey.create({
    data: {
      organizationId,
      algorithm: LICENSE_TOKEN_ALG,
      publicKey: publicJwk,
      privateKey: sealSecret(JSON.stringify(privateJwk), sealContext(organizationId)),
      createdAt,
    },
    select: rowSelect,
  });
  // If the transaction rolls back, the kid is never used, so the cached entry is harmless.
  privateKeys.set(row.id, Promise.resolve(pair.privateKey));
  return toRow(row);
}

function privateKeyFor(db: Db, key: SigningKeyRow): Promise<CryptoKey> {
  let imported = privateKeys.get(key.id);
  if (!imported) {
    imported = loadPrivateKey(db, key);
    privateKeys.set(key.id, imported);
    // A failure (say AUTH_SECRET changed) must not stick: the next call tries again.
    imported.catch(() => privateKeys.delete(key.id));
  }
  return imported;
}

async function loadPrivateKey(db: Db, key: SigningKeyRow): Promise<CryptoKey> {
  const { privateKey } = await db.organizationSigningKey.findUniqueOrThrow({ where: { id: key.id }, select: { privateKey: true } });
  const jwk = JSON.parse(openSecret(privateKey, sealContext(key.organizationId))) as JWK;
  return (await importJWK(jwk, LICENSE_TOKEN_ALG)) as CryptoKey;
}
