import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

const keys = new Map<string, Buffer>();

/**
 * HMAC-SHA256 of `message` with a key derived from AUTH_SECRET for one purpose (part uploads,
 * downloads), so a signature made for one use never verifies for another and no second secret
 * needs configuring. Every app process must see the same AUTH_SECRET.
 */
export function sign(purpose: string, message: string): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: file links cannot be signed");
  const id = `${purpose}\0${secret}`;
  let key = keys.get(id);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, "benefactor", `files/${purpose}/v1`, 32));
    keys.set(id, key);
  }
  return createHmac("sha256", key).update(message).digest();
}

/** Constant-time check of a base64url signature. */
export function isValidSignature(purpose: string, message: string, signature: string): boolean {
  const expected = sign(purpose, message);
  const given = Buffer.from(signature, "base64url");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
