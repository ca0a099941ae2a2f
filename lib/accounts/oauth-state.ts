// The OAuth `state`: binds the platform's answer to the customer, organization and return path
// that asked, signed (HMAC with a key derived from AUTH_SECRET) and valid for ten minutes.
import type { OAuthPlatform } from "@/lib/accounts/oauth-platform";
import { createSignedState, readSignedState } from "@/lib/auth/signed-state";

const TTL_MS = 10 * 60 * 1000;

export type OAuthState = { customerId: string; organizationId: string; platform: OAuthPlatform; returnTo: string };

export function createOAuthState(state: OAuthState, now = Date.now()): string {
  return createSignedState("customer-oauth", { c: state.customerId, o: state.organizationId, p: state.platform, r: state.returnTo }, TTL_MS, now);
}

/** The state's content, or null when it is forged, for another platform, or expired. */
export function readOAuthState(value: string, platform: OAuthPlatform, now = Date.now()): OAuthState | null {
  const data = readSignedState("customer-oauth", value, now);
  if (!data || data.p !== platform || typeof data.c !== "string" || typeof data.o !== "string" || typeof data.r !== "string") return null;
  return { customerId: data.c, organizationId: data.o, platform, returnTo: data.r };
}
