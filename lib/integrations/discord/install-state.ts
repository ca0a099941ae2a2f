import { createSignedState, readSignedState } from "@/lib/auth/signed-state";

// The `state` of a bot install: which organization and merchant asked, until when. Signed, so the
// callback can trust it; bound to the merchant, so a link made by one merchant cannot connect a
// server to their organization from someone else's browser.
const TTL_MS = 15 * 60_000;

export type InstallState = { organizationId: string; userId: string; expiresAt: number };

export function createInstallState(organizationId: string, userId: string): string {
  return createSignedState("discord-install", { o: organizationId, u: userId }, TTL_MS);
}

/** The state's content, or null when it is forged, malformed or expired. */
export function readInstallState(state: string): InstallState | null {
  const data = readSignedState("discord-install", state);
  if (!data || typeof data.o !== "string" || typeof data.u !== "string") return null;
  return { organizationId: data.o, userId: data.u, expiresAt: data.exp as number };
}
