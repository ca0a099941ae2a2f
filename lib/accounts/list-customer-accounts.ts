import type { OAuthPlatform } from "@/lib/accounts/oauth-platform";
import { oauthPlatforms } from "@/lib/accounts/oauth-platforms";
import type { DbTx } from "@/lib/db";

export type CustomerAccountSummary = {
  platform: OAuthPlatform;
  label: string;
  isConfigured: boolean;
  account: { accountId: string; username: string | null; connectedAt: Date } | null;
};

/** Every platform with the customer's connected account (no tokens), for the portal. */
export async function listCustomerAccounts(db: DbTx, customerId: string): Promise<CustomerAccountSummary[]> {
  const rows = await db.customerOAuthAccount.findMany({
    where: { customerId },
    select: { platform: true, accountId: true, accountUsername: true, modifiedAt: true },
  });
  return Object.values(oauthPlatforms).map((adapter) => {
    const row = rows.find((r) => r.platform === adapter.platform);
    return {
      platform: adapter.platform,
      label: adapter.label,
      isConfigured: adapter.isConfigured(),
      account: row ? { accountId: row.accountId, username: row.accountUsername, connectedAt: row.modifiedAt } : null,
    };
  });
}
