import type { CustomerAccount } from "@/lib/accounts/get-customer-account";
import { accountSecretContext } from "@/lib/accounts/save-customer-account";
import type { DbTx } from "@/lib/db";
import { ActionRequiredError } from "@/lib/grants/action-required-error";
import { PermanentJobError, RetryableJobError } from "@/lib/jobs/job-errors";
import { DiscordTokenError, requestDiscordToken } from "@/lib/providers/discord/oauth-token";
import { sealSecret } from "@/lib/webhooks/secret-box";

/** Refresh when the access token has less than this left: a grant must not race its expiry. */
export const REFRESH_MARGIN_MS = 5 * 60_000;

const RECONNECT = "Your Discord authorization expired: connect your Discord account again";

/**
 * The customer's Discord access token, refreshed first when it expires soon. Discord rotates
 * refresh tokens (the old one stops working), so the new pair is committed on its own — not in
 * the grant's transaction, whose failure would otherwise roll back the only valid refresh token.
 * The grant holds the customer lock, so no other grant of this customer refreshes at the same time.
 */
export async function freshAccessToken(tx: DbTx, account: CustomerAccount): Promise<string> {
  if (!account.accessToken) throw new ActionRequiredError(RECONNECT);
  if (!account.expiresAt || account.expiresAt.getTime() - Date.now() > REFRESH_MARGIN_MS) return account.accessToken;
  if (!account.refreshToken) throw new ActionRequiredError(RECONNECT);
  let tokens;
  try {
    tokens = await requestDiscordToken({ grant_type: "refresh_token", refresh_token: account.refreshToken });
  } catch (err) {
    if (!(err instanceof DiscordTokenError)) throw err;
    if (err.kind === "invalid_grant") throw new ActionRequiredError(RECONNECT);
    if (err.kind === "invalid_client") throw new PermanentJobError("Discord refused the app's credentials: check DISCORD_CLIENT_ID and DISCORD_CLIENT_SECRET");
    throw new RetryableJobError(`Could not refresh the customer's Discord token: ${err.message}`);
  }
  const context = accountSecretContext("discord");
  // A plain UPDATE of the account row: it takes no lock on the customer row the grant holds.
  await outsideGrantTransaction(tx).customerOAuthAccount.updateMany({
    where: { id: account.id, accountId: account.accountId },
    data: {
      accessToken: sealSecret(tokens.access_token, context),
      refreshToken: sealSecret(tokens.refresh_token, context),
      expiresAt: new Date(Date.now() + tokens.expires_in * 1000),
      scope: tokens.scope,
    },
  });
  return tokens.access_token;
}

/**
 * The process's root Prisma client (lib/db.ts keeps it on globalThis), so the write commits on its
 * own connection. Not imported: the benefit registry reaches this file from the benefit form's
 * client bundle, where lib/db cannot be bundled. The embedded database serves one connection, so
 * there (or without a root client) the grant's own transaction writes it.
 */
function outsideGrantTransaction(tx: DbTx): DbTx {
  const root = (globalThis as { benefactorDb?: DbTx }).benefactorDb;
  return root && Number(process.env.DATABASE_POOL_MAX ?? 10) > 1 ? root : tx;
}
