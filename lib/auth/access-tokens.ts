import { createHash, randomBytes } from "node:crypto";
import type { DbTx } from "@/lib/db";

export const TOKEN_PREFIX = "bfr_oat_";
// last_used_at is refreshed at most this often, so validating a token is not a write per request.
const LAST_USED_RESOLUTION_MS = 60_000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type CreatedAccessToken = { id: string; name: string; token: string; lastChars: string; createdAt: Date };

/** Creates a token; the clear value is returned once and only its hash is stored. */
export async function createAccessToken(
  db: DbTx,
  input: { organizationId: string; name: string; createdById?: string | null; expiresAt?: Date | null },
): Promise<CreatedAccessToken> {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const row = await db.organizationAccessToken.create({
    data: {
      organizationId: input.organizationId,
      name: input.name,
      createdById: input.createdById ?? null,
      expiresAt: input.expiresAt ?? null,
      tokenHash: hashToken(token),
      lastChars: token.slice(-4),
    },
  });
  return { id: row.id, name: row.name, token, lastChars: row.lastChars, createdAt: row.createdAt };
}

/** The live token for a bearer value, or null (unknown, revoked or expired). */
export async function findAccessToken(db: DbTx, token: string) {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await db.organizationAccessToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, organizationId: true, revokedAt: true, expiresAt: true, lastUsedAt: true },
  });
  const now = Date.now();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= now)) return null;
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.organizationAccessToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  return row;
}

export function listAccessTokens(db: DbTx, organizationId: string) {
  return db.organizationAccessToken.findMany({
    where: { organizationId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, lastChars: true, createdAt: true, lastUsedAt: true, expiresAt: true },
  });
}

/** Revokes a token of this organization; false when there is none (another org's id included). */
export async function revokeAccessToken(db: DbTx, organizationId: string, id: string): Promise<boolean> {
  const { count } = await db.organizationAccessToken.updateMany({
    where: { id, organizationId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count === 1;
}
