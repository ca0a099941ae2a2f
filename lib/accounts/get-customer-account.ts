import type { OAuthPlatform } from "@/lib/accounts/oauth-platform";
import { accountSecretContext } from "@/lib/accounts/save-customer-account";
import type { DbTx } from "@/lib/db";
import { openSecret } from "@/lib/webhooks/secret-box";

export type CustomerAccount = {
  id: string;
  customerId: string;
  platform: OAuthPlatform;
  accountId: string;
  username: string | null;
  accessToken: string | null;
  refreshToken: string | null;
  expiresAt: Date | null;
  scope: string | null;
};

/** The customer's connected account of a platform with its tokens decrypted, or null. */
export async function getCustomerAccount(db: DbTx, customerId: string, platform: OAuthPlatform): Promise<CustomerAccount | null> {
  const row = await db.customerOAuthAccount.findUnique({ where: { customerId_platform: { customerId, platform } } });
  if (!row) return null;
  const context = accountSecretContext(platform);
  return {
    id: row.id,
    customerId: row.customerId,
    platform,
    accountId: row.accountId,
    username: row.accountUsername,
    accessToken: row.accessToken === null ? null : openSecret(row.accessToken, context),
    refreshToken: row.refreshToken === null ? null : openSecret(row.refreshToken, context),
    expiresAt: row.expiresAt,
    scope: row.scope,
  };
}
