import type { OAuthPlatform, OAuthProfile } from "@/lib/accounts/oauth-platform";
import type { DbTx } from "@/lib/db";
import { sealSecret } from "@/lib/webhooks/secret-box";

/** Tokens are sealed with the platform as authenticated data: a token copied to another platform's row does not open. */
export const accountSecretContext = (platform: OAuthPlatform) => `customer-oauth:${platform}`;

/**
 * Stores the customer's account of a platform (one per customer × platform): a new connection, a
 * switch to another account, or refreshed tokens (discord writes back through this). Tokens are
 * encrypted at rest. Returns the previous account id, so a caller can tell a switch from a refresh.
 */
export async function saveCustomerAccount(
  db: DbTx,
  customerId: string,
  platform: OAuthPlatform,
  profile: OAuthProfile,
): Promise<{ id: string; previousAccountId: string | null }> {
  const context = accountSecretContext(platform);
  const data = {
    accountId: profile.accountId,
    accountUsername: profile.username,
    accessToken: sealSecret(profile.accessToken, context),
    refreshToken: profile.refreshToken === null ? null : sealSecret(profile.refreshToken, context),
    expiresAt: profile.expiresAt,
    scope: profile.scope,
  };
  const previous = await db.customerOAuthAccount.findUnique({
    where: { customerId_platform: { customerId, platform } },
    select: { accountId: true },
  });
  const saved = await db.customerOAuthAccount.upsert({
    where: { customerId_platform: { customerId, platform } },
    create: { customerId, platform, ...data },
    update: data,
    select: { id: true },
  });
  return { id: saved.id, previousAccountId: previous?.accountId ?? null };
}
