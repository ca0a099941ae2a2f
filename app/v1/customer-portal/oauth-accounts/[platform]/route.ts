import { disconnectCustomerAccount } from "@/lib/accounts/disconnect-customer-account";
import { getOAuthAdapterOrThrow } from "@/lib/accounts/get-oauth-adapter-or-throw";
import { ApiError } from "@/lib/api/errors";
import { withCustomer } from "@/lib/api/with-customer";
import { db } from "@/lib/db";

// DELETE /v1/customer-portal/oauth-accounts/{platform} — disconnect the customer's account (access already given stays)
export const DELETE = withCustomer<{ platform: string }>(async ({ params, session }) => {
  const adapter = getOAuthAdapterOrThrow(params.platform);
  if (!(await disconnectCustomerAccount(db, session.customerId, adapter.platform))) throw ApiError.notFound(`${adapter.label} account`);
  return new Response(null, { status: 204 });
});
