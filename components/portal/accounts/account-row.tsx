import { disconnectAccountAction } from "@/app/portal/[org]/accounts/actions";
import { ConnectAccountLink } from "@/components/portal/accounts/connect-account-link";
import { Button } from "@/components/ui/button";
import type { CustomerAccountSummary } from "@/lib/accounts/list-customer-accounts";

/** One platform on the portal's accounts page: connected as whom, switch or disconnect; or connect. */
export function AccountRow({ slug, item }: { slug: string; item: CustomerAccountSummary }) {
  const returnTo = `/portal/${slug}/accounts`;
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 py-4" aria-label={item.label}>
      <div className="min-w-0">
        <p className="font-medium text-gray-900">{item.label}</p>
        <p className="text-sm text-gray-600">
          {item.account ? <>Connected as <span className="font-medium text-gray-900">{item.account.username ?? item.account.accountId}</span></> : "Not connected"}
        </p>
      </div>
      <div className="flex items-center gap-2">
        {!item.isConfigured ? (
          <span className="text-sm text-gray-500">Not available from this store</span>
        ) : item.account ? (
          <>
            <ConnectAccountLink slug={slug} platform={item.platform} label="account" returnTo={returnTo} verb="Switch" />
            <form action={disconnectAccountAction.bind(null, slug, item.platform)}>
              <Button type="submit" variant="secondary" size="sm">
                Disconnect
              </Button>
            </form>
          </>
        ) : (
          <ConnectAccountLink slug={slug} platform={item.platform} label={item.label} returnTo={returnTo} />
        )}
      </div>
    </li>
  );
}
