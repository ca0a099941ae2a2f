import { randomBytes } from "node:crypto";
import { hashToken } from "@/lib/auth/access-tokens";

/** Like Polar's `polar_cst_`: a prefix lets secret scanners and our own lookups recognise the token. */
export const CUSTOMER_SESSION_TOKEN_PREFIX = "bfr_cst_";

const DEFAULT_TTL_SECONDS = 3600;

/** 256 random bits after the prefix; only the hash is stored. */
export function generateCustomerSessionToken(): { token: string; tokenHash: string } {
  const token = CUSTOMER_SESSION_TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function isCustomerSessionToken(value: string): boolean {
  return value.startsWith(CUSTOMER_SESSION_TOKEN_PREFIX) && value.length > CUSTOMER_SESSION_TOKEN_PREFIX.length;
}

/** A session lasts an hour like Polar's; `CUSTOMER_SESSION_TTL_SECONDS` overrides it. */
export function customerSessionTtlMs(): number {
  const configured = Number(process.env.CUSTOMER_SESSION_TTL_SECONDS);
  return (Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_TTL_SECONDS) * 1000;
}
