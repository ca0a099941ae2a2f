import { getOAuthAdapterOrThrow } from "@/lib/accounts/get-oauth-adapter-or-throw";
import { createOAuthState } from "@/lib/accounts/oauth-state";
import { ApiError } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";

export const oauthCallbackUrl = (baseUrl: string, platform: string) => `${baseUrl}/v1/integrations/${platform}/callback`;

/**
 * Where to send a signed-in customer to connect an account of `platform`: the platform's consent
 * page, with a state that brings them back to `returnTo` — a path inside their own organization's
 * portal (anything else would make this an open redirect), by default the accounts page.
 */
export async function startCustomerOAuth(
  db: DbTx,
  session: { customerId: string; organizationId: string },
  platform: string,
  returnTo: string | undefined,
  baseUrl: string,
): Promise<string> {
  const adapter = getOAuthAdapterOrThrow(platform);
  const org = await db.organization.findUniqueOrThrow({ where: { id: session.organizationId }, select: { slug: true } });
  const portal = `/portal/${encodeURIComponent(org.slug)}`;
  const target = returnTo ?? `${portal}/accounts`;
  if (target !== portal && !target.startsWith(`${portal}/`) && !target.startsWith(`${portal}?`)) {
    throw ApiError.invalid(["query", "return_to"], `Must be a path inside ${portal}`);
  }
  if (!adapter.isConfigured()) {
    throw new ApiError("bad_request", `${adapter.label} sign-in is not configured on this server`, {}, "integration_not_configured");
  }
  const state = createOAuthState({ customerId: session.customerId, organizationId: session.organizationId, platform: adapter.platform, returnTo: target });
  return adapter.authorizeUrl({ state, redirectUri: oauthCallbackUrl(baseUrl, adapter.platform) });
}
