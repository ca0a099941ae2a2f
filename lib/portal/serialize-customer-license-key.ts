import { serializeLicenseKey, type LicenseKeyRow } from "@/lib/license-keys/serialize-license-key";

/**
 * Polar's `LicenseKeyRead` for the key's own customer. The merchant view's customer is the
 * customer themselves (their email, address), except `metadata`: that is the merchant's notes
 * about them, not theirs to read.
 */
export function serializeCustomerLicenseKey(row: LicenseKeyRow) {
  const key = serializeLicenseKey(row, "merchant");
  return { ...key, customer: { ...key.customer, metadata: {} } };
}
