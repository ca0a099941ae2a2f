import { signOutAction } from "@/app/portal/[org]/actions";
import { Button } from "@/components/ui/button";
import type { PortalSession } from "@/lib/portal/get-portal-session";

export function PortalHeader({ session }: { session: PortalSession }) {
  const { organization, customer } = session;
  return (
    <header className="border-b border-gray-200 bg-white">
      <div className="mx-auto flex max-w-3xl flex-col gap-3 px-4 py-4 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <div className="min-w-0 sm:flex-1">
          <p className="text-xs font-medium tracking-wide text-gray-500 uppercase">Customer portal</p>
          <p className="truncate text-lg font-semibold text-gray-900">{organization.name}</p>
        </div>
        <div className="flex min-w-0 items-center justify-between gap-3 sm:justify-end">
          <div className="min-w-0 text-sm sm:text-right" aria-label="Signed in as">
            {customer.name && <p className="truncate font-medium text-gray-900">{customer.name}</p>}
            <p className="truncate text-gray-600">{customer.email}</p>
          </div>
          <a href={`/portal/${encodeURIComponent(organization.slug)}/accounts`} className="shrink-0 text-sm font-medium text-brand-700 hover:text-brand-600">Accounts</a>
          <form action={signOutAction.bind(null, organization.slug)} className="shrink-0">
            <Button type="submit" variant="secondary" size="sm">
              Sign out
            </Button>
          </form>
        </div>
      </div>
    </header>
  );
}
