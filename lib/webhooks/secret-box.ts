// Encrypts webhook endpoint secrets at rest. They cannot be hashed like API tokens: signing a
// delivery needs the clear secret. AES-256-GCM with a key derived (HKDF-SHA256) from AUTH_SECRET,
// so the app needs no second secret to configure.
//
// Depends on AUTH_SECRET: every process that creates endpoints or delivers webhooks must see the
// same value. Changing it makes stored secrets unreadable; deliveries then fail with a clear
// error until the merchant resets the endpoint's secret.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";
const IV_BYTES = 12;
const keys = new Map<string, Buffer>();

export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SecretBoxError";
  }
}

function key(): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new SecretBoxError("AUTH_SECRET is not set: webhook secrets cannot be encrypted or read");
  let derived = keys.get(secret);
  if (!derived) {
    derived = Buffer.from(hkdfSync("sha256", secret, "benefactor", "webhook-endpoint-secret/v1", 32));
    keys.set(secret, derived);
  }
  return derived;
}

/**
 * "v1.<iv>.<ciphertext>.<tag>" (base64url). `context` (the organization id) is authenticated
 * data: a sealed value copied onto another organization's row does not open.
 */
export function sealSecret(plain: string, context: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(context));
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, ciphertext, cipher.getAuthTag()].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

export function openSecret(sealed: string, context: string): string {
  const [version, iv, ciphertext, tag] = sealed.split(".");
  if (version !== VERSION || !iv || !ciphertext || !tag) throw new SecretBoxError("Not a sealed secret");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretBoxError("The secret cannot be decrypted (was AUTH_SECRET changed?)");
  }
}

/** A Standard Webhooks secret: "whsec_" + base64 of 32 random bytes. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}
