import { afterEach, describe, expect, test } from "vitest";
import { Webhook } from "standardwebhooks";
import { generateWebhookSecret, openSecret, sealSecret, SecretBoxError } from "@/lib/webhooks/secret-box";

const original = process.env.AUTH_SECRET;
afterEach(() => {
  process.env.AUTH_SECRET = original;
});

describe("secret box", () => {
  test("seals and opens; the sealed text does not contain the secret and differs each time", () => {
    process.env.AUTH_SECRET = "unit-test-secret";
    const secret = generateWebhookSecret();
    const a = sealSecret(secret, "org-1");
    const b = sealSecret(secret, "org-1");
    expect(a).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(a).not.toContain(secret.slice(6, 20));
    expect(a).not.toBe(b);
    expect(openSecret(a, "org-1")).toBe(secret);
  });

  test("refuses another organization's context, a tampered value and another AUTH_SECRET", () => {
    process.env.AUTH_SECRET = "unit-test-secret";
    const sealed = sealSecret("whsec_abc", "org-1");
    expect(() => openSecret(sealed, "org-2")).toThrow(SecretBoxError);
    const [v, iv, ct, tag] = sealed.split(".");
    const flipped = ct.startsWith("A") ? `B${ct.slice(1)}` : `A${ct.slice(1)}`;
    expect(() => openSecret([v, iv, flipped, tag].join("."), "org-1")).toThrow(SecretBoxError);
    expect(() => openSecret("plain-text", "org-1")).toThrow("Not a sealed secret");
    process.env.AUTH_SECRET = "another-secret";
    expect(() => openSecret(sealed, "org-1")).toThrow("was AUTH_SECRET changed?");
  });

  test("needs AUTH_SECRET", () => {
    delete process.env.AUTH_SECRET;
    expect(() => sealSecret("whsec_abc", "org-1")).toThrow("AUTH_SECRET is not set");
  });

  test("generates Standard Webhooks secrets the library accepts", () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), "base64")).toHaveLength(32);
    const signature = new Webhook(secret).sign("msg_1", new Date(), "{}");
    expect(signature).toMatch(/^v1,/);
  });
});
