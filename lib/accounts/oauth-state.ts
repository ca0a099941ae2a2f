// The OAuth `state`: binds the platform's answer to the customer, organization and return path
// that asked, signed (HMAC with a key derived from AUTH_SECRET) and valid for ten minutes.
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import type { OAuthPlatform } from "@/lib/accounts/oauth-platform";

const TTL_MS = 10 * 60 * 1000;

export type OAuthState = { customerId: string; organizationId: string; platform: OAuthPlatform; returnTo: string };
type Payload = { c: string; o: string; p: OAuthPlatform; r: string; e: number; n: string };

function key(): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return Buffer.from(hkdfSync("sha256", secret, "benefactor", "customer-oauth-state/v1", 32));
}

const sign = (body: string) => createHmac("sha256", key()).update(body).digest("base64url");

export function createOAuthState(state: OAuthState, now = Date.now()): string {
  const payload: Payload = { c: state.customerId, o: state.organizationId, p: state.platform, r: state.returnTo, e: now + TTL_MS, n: randomBytes(8).toString("base64url") };
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${body}.${sign(body)}`;
}

/** The state's content, or null when it is forged, for another platform, or expired. */
export function readOAuthState(value: string, platform: OAuthPlatform, now = Date.now()): OAuthState | null {
  const [body, mac] = value.split(".");
  if (!body || !mac) return null;
  const expected = Buffer.from(sign(body));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const p = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Payload;
    if (p.p !== platform || typeof p.e !== "number" || p.e < now) return null;
    return { customerId: p.c, organizationId: p.o, platform: p.p, returnTo: p.r };
  } catch {
    return null;
  }
}
