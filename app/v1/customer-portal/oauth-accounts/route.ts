import { listCustomerAccounts } from "@/lib/accounts/list-customer-accounts";
import { withCustomer } from "@/lib/api/with-customer";
import { db } from "@/lib/db";

// GET /v1/customer-portal/oauth-accounts — the platforms and the customer's connected accounts
export const GET = withCustomer(async ({ session }) => {
  const accounts = await listCustomerAccounts(db, session.customerId);
  return Response.json({
    items: accounts.map((a) => ({
      platform: a.platform,
      label: a.label,
      is_configured: a.isConfigured,
      account: a.account && { account_id: a.account.accountId, username: a.account.username, connected_at: a.account.connectedAt.toISOString() },
    })),
  });
});
