import type { OAuthPlatformAdapter, OAuthProfile } from "@/lib/accounts/oauth-platform";
import { saveCustomerAccount } from "@/lib/accounts/save-customer-account";
import { unblockAccountGrants } from "@/lib/accounts/unblock-account-grants";
import type { Db } from "@/lib/db";
import { notifyRunner } from "@/lib/jobs/notify-runner";

/**
 * Stores the account a customer just approved (a new one, or a switch to another account of the
 * same platform) and, in the same transaction, sends every grant that waited for it back to the
 * engine. The customer lock (taken first, as every change to a customer's grants does) keeps a
 * grant that is being reconciled right now from missing the new account.
 */
export async function connectCustomerAccount(db: Db, customerId: string, adapter: OAuthPlatformAdapter, profile: OAuthProfile) {
  const result = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM customers WHERE id = ${customerId}::uuid FOR UPDATE`;
    const saved = await saveCustomerAccount(tx, customerId, adapter.platform, profile);
    const isSwitch = saved.previousAccountId !== null && saved.previousAccountId !== profile.accountId;
    const grantIds = await unblockAccountGrants(tx, customerId, adapter, { isSwitch });
    return { accountId: saved.id, isSwitch, grantIds };
  });
  notifyRunner();
  return result;
}
