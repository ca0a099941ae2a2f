import type { OAuthPlatform } from "@/lib/accounts/oauth-platform";
import type { DbTx } from "@/lib/db";

/**
 * Forgets the customer's account of a platform. Grants stay as they are (access already given is
 * not taken back); grants delivered later will ask for an account again. False when none was connected.
 */
export async function disconnectCustomerAccount(db: DbTx, customerId: string, platform: OAuthPlatform): Promise<boolean> {
  const { count } = await db.customerOAuthAccount.deleteMany({ where: { customerId, platform } });
  return count > 0;
}
