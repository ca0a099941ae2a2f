import { randomBytes } from "node:crypto";

/**
 * A new key string: the benefit's prefix (upper case) and 128 random bits, written as an
 * upper-case UUID-shaped group of hex digits so it is easy to read aloud and paste
 * (`MYAPP-3F2A9C1E-7B4D-4E8A-9C21-0D5E6F7A8B9C`). Every bit is random (no UUID version bits).
 */
export function generateLicenseKey(prefix: string | null): string {
  const hex = randomBytes(16).toString("hex").toUpperCase();
  const body = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return prefix ? `${prefix}-${body}` : body;
}

/** What lists show instead of the key (Polar's `display_key`): enough to tell keys apart. */
export function displayLicenseKey(key: string): string {
  return `****-${key.slice(-6)}`;
}
