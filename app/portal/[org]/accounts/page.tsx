import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccountRow } from "@/components/portal/accounts/account-row";
import { PortalHeader } from "@/components/portal/portal-header";
import { listCustomerAccounts } from "@/lib/accounts/list-customer-accounts";
import { oauthPlatforms } from "@/lib/accounts/oauth-platforms";
import { isOAuthPlatform } from "@/lib/accounts/oauth-platform";
import { db } from "@/lib/db";
import { currentPortalSession } from "@/lib/portal/current-portal-session";

export const metadata: Metadata = { title: "Connected accounts" };

type Props = { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// /portal/[org]/accounts — the customer's GitHub and Discord accounts: connect, switch, disconnect.
export default async function PortalAccountsPage({ params, searchParams }: Props) {
  const { org: slug } = await params;
  const { connected, account_error: accountError, disconnected } = await searchParams;
  const session = await currentPortalSession(slug);
  if (!session) notFound();
  const accounts = await listCustomerAccounts(db, session.customer.id);
  const labelOf = (p: unknown) => (typeof p === "string" && isOAuthPlatform(p) ? oauthPlatforms[p].label : null);

  return (
    <>
      <PortalHeader session={session} />
      <main className="mx-auto max-w-3xl space-y-6 px-4 py-8 sm:px-6">
        <div>
          <p className="text-sm">
            <Link href={`/portal/${encodeURIComponent(slug)}`} className="font-medium text-brand-700 hover:text-brand-600">
              ← Your benefits
            </Link>
          </p>
          <h1 className="mt-3 text-xl font-semibold text-gray-900">Connected accounts</h1>
          <p className="mt-1 text-sm text-gray-600">
            {session.organization.name} gives repository access and server roles to these accounts. Disconnecting keeps what you already have.
          </p>
        </div>
        {labelOf(connected) && (
          <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800 ring-1 ring-green-600/20">
            {labelOf(connected)} connected. Benefits waiting for it are being delivered now.
          </p>
        )}
        {labelOf(disconnected) && (
          <p role="status" className="rounded-md bg-gray-100 px-3 py-2 text-sm text-gray-800">
            {labelOf(disconnected)} disconnected.
          </p>
        )}
        {typeof accountError === "string" && (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 ring-1 ring-red-600/20">
            {accountError}
          </p>
        )}
        <ul className="divide-y divide-gray-100 rounded-lg bg-white px-5 shadow-xs ring-1 ring-gray-200" aria-label="Accounts">
          {accounts.map((item) => (
            <AccountRow key={item.platform} slug={slug} item={item} />
          ))}
        </ul>
      </main>
    </>
  );
}
