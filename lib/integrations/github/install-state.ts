// The `state` of the GitHub App install link: the organization that asked, signed and short-lived,
// so GitHub's setup redirect can only attach an installation to the organization that started it.
import { createSignedState, readSignedState } from "@/lib/auth/signed-state";

const TTL_MS = 30 * 60 * 1000;

export function createInstallState(organizationId: string, now = Date.now()): string {
  return createSignedState("github-install", { o: organizationId }, TTL_MS, now);
}

export function readInstallState(value: string, now = Date.now()): string | null {
  const data = readSignedState("github-install", value, now);
  return typeof data?.o === "string" ? data.o : null;
}
