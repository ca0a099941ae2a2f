import { connectCustomerAccount } from "@/lib/accounts/connect-customer-account";
import { getOAuthAdapterOrThrow } from "@/lib/accounts/get-oauth-adapter-or-throw";
import { OAuthExchangeError } from "@/lib/accounts/oauth-exchange-error";
import { readOAuthState } from "@/lib/accounts/oauth-state";
import { oauthCallbackUrl } from "@/lib/accounts/start-customer-oauth";
import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db";

export type OAuthCallbackQuery = { code?: string; state?: string; error?: string; error_description?: string };

function backTo(baseUrl: string, returnTo: string, params: Record<string, string>) {
  const url = new URL(returnTo, baseUrl);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.toString();
}

/**
 * The platform sent the customer back. A state that is not ours (forged, expired, another
 * platform's) is a 400; anything the platform refused goes back to the portal with a message.
 * On success the account is stored, waiting grants are released, and the customer returns to the
 * portal page they came from. Returns the URL to redirect to.
 */
export async function finishCustomerOAuth(db: Db, platform: string, query: OAuthCallbackQuery, baseUrl: string): Promise<string> {
  const adapter = getOAuthAdapterOrThrow(platform);
  const state = query.state ? readOAuthState(query.state, adapter.platform) : null;
  if (!state) throw new ApiError("bad_request", "This sign-in link is invalid or expired: start again from the portal");
  const customer = await db.customer.findFirst({ where: { id: state.customerId, organizationId: state.organizationId, deletedAt: null }, select: { id: true } });
  if (!customer) throw new ApiError("bad_request", "This sign-in link is invalid or expired: start again from the portal");

  if (query.error || !query.code) {
    const message = query.error === "access_denied" ? `You did not authorize ${adapter.label}` : (query.error_description ?? `${adapter.label} did not return a code`);
    return backTo(baseUrl, state.returnTo, { account_error: message });
  }
  let profile;
  try {
    profile = await adapter.exchangeCode({ code: query.code, redirectUri: oauthCallbackUrl(baseUrl, adapter.platform) });
  } catch (err) {
    if (!(err instanceof OAuthExchangeError)) console.error(`[accounts] ${adapter.platform} code exchange failed`, err);
    const message = err instanceof OAuthExchangeError ? err.message : `${adapter.label} could not be reached: try again in a moment`;
    return backTo(baseUrl, state.returnTo, { account_error: message });
  }
  await connectCustomerAccount(db, customer.id, adapter, profile);
  return backTo(baseUrl, state.returnTo, { connected: adapter.platform });
}
