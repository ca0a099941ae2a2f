import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * A short-lived value a third party hands back to us unchanged (an OAuth or app-install `state`):
 * `<base64url JSON>.<HMAC>`, with a key derived from AUTH_SECRET per purpose, so a state made for
 * one flow never verifies in another. It carries its expiry and a nonce.
 */
function mac(purpose: string, body: string): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: states cannot be signed");
  const key = Buffer.from(hkdfSync("sha256", secret, "benefactor", `signed-state/${purpose}/v1`, 32));
  return createHmac("sha256", key).update(body).digest();
}

export function createSignedState(purpose: string, data: Record<string, unknown>, ttlMs: number, now = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ ...data, exp: now + ttlMs, nonce: randomBytes(8).toString("base64url") })).toString("base64url");
  return `${body}.${mac(purpose, body).toString("base64url")}`;
}

/** The state's data, or null when it is forged, malformed, made for another purpose or expired. */
export function readSignedState(purpose: string, value: string, now = Date.now()): Record<string, unknown> | null {
  const [body, signature, ...rest] = value.split(".");
  if (!body || !signature || rest.length > 0) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = mac(purpose, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const data = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Record<string, unknown>;
    return typeof data.exp === "number" && data.exp >= now ? data : null;
  } catch {
    return null;
  }
}
