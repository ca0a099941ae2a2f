import type { LicenseKeyStatus } from "@/lib/generated/prisma/enums";

type Tone = "gray" | "green" | "yellow" | "red" | "brand";

export const LICENSE_KEY_STATUS: Record<LicenseKeyStatus, { label: string; tone: Tone; meaning: string }> = {
  granted: { label: "Granted", tone: "green", meaning: "Validates and can be activated." },
  disabled: { label: "Disabled", tone: "yellow", meaning: "Apps are told the key is disabled until you re-enable it." },
  revoked: { label: "Revoked", tone: "red", meaning: "No longer valid: the purchase ended, or you revoked it." },
};

/** "7 of 100", or "7 (no limit)". */
export function countOfLimit(count: number, limit: number | null): string {
  return limit === null ? `${count} (no limit)` : `${count} of ${limit}`;
}

export type LicenseKeyListFilters = { status?: string | null; benefitId?: string | null; customerId?: string | null; q?: string | null; page?: number };

/**
 * A link to the license-key list with some filters changed: a key left undefined in `next`
 * keeps the current value, null drops it. Page 1 is the default.
 */
export function licenseKeysHref(base: string, current: LicenseKeyListFilters, next: LicenseKeyListFilters): string {
  const pick = <K extends keyof LicenseKeyListFilters>(k: K) => (next[k] === undefined ? current[k] : next[k]);
  const p = new URLSearchParams();
  for (const [param, value] of [
    ["status", pick("status")],
    ["benefit_id", pick("benefitId")],
    ["customer_id", pick("customerId")],
    ["q", pick("q")],
  ] as const) {
    if (value) p.set(param, String(value));
  }
  if (next.page && next.page > 1) p.set("page", String(next.page));
  return p.size ? `${base}?${p}` : base;
}
