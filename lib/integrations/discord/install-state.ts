import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// The `state` of a bot install: which organization and merchant asked, until when. Signed with a
// key derived from AUTH_SECRET, so the callback can trust it; bound to the merchant, so a link
// made by one merchant cannot connect a server to their organization from someone else's browser.
const TTL_MS = 15 * 60_000;

export type InstallState = { organizationId: string; userId: string; expiresAt: number };

function sign(payload: string): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return createHmac("sha256", secret).update(`discord-install:${payload}`).digest("base64url");
}

export function createInstallState(organizationId: string, userId: string): string {
  const payload = Buffer.from(
    JSON.stringify({ o: organizationId, u: userId, e: Date.now() + TTL_MS, n: randomBytes(8).toString("hex") }),
  ).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

/** The state's content, or null when it is forged, malformed or expired. */
export function readInstallState(state: string): InstallState | null {
  const [payload, signature] = state.split(".");
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const v = JSON.parse(Buffer.from(payload, "base64url").toString()) as { o: string; u: string; e: number };
    if (typeof v.o !== "string" || typeof v.u !== "string" || typeof v.e !== "number" || v.e < Date.now()) return null;
    return { organizationId: v.o, userId: v.u, expiresAt: v.e };
  } catch {
    return null;
  }
}
