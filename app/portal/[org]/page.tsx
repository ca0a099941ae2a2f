import { notFound, redirect } from "next/navigation";
import { BenefitCard } from "@/components/portal/benefit-card";
import { PortalHeader } from "@/components/portal/portal-header";
import { OrderList, SubscriptionList } from "@/components/portal/purchases";
import { db } from "@/lib/db";
import { currentPortalSession } from "@/lib/portal/current-portal-session";
import { getPortalSession } from "@/lib/portal/get-portal-session";
import { listPortalBenefits } from "@/lib/portal/list-portal-benefits";
import { listPortalPurchases } from "@/lib/portal/list-portal-purchases";

type Props = { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// /portal/[org] — the customer's benefits, subscriptions and orders. Reached through the link of
// POST /v1/customer-sessions/ (…?customer_session_token=…), which signs in and comes back here.
export default async function PortalPage({ params, searchParams }: Props) {
  const { org: slug } = await params;
  const { customer_session_token: linkToken } = await searchParams;
  if (typeof linkToken === "string") {
    // Only a working link goes on to set the cookie; any other shows why it does not work.
    if (!(await getPortalSession(db, slug, linkToken))) notFound();
    redirect(`/portal/${encodeURIComponent(slug)}/session?customer_session_token=${encodeURIComponent(linkToken)}`);
  }

  const session = await currentPortalSession(slug);
  if (!session) notFound();
  const [benefits, { subscriptions, orders }] = await Promise.all([
    listPortalBenefits(db, session.customer.id),
    listPortalPurchases(db, session.customer.id),
  ]);
  const merchant = session.organization.name;

  return (
    <>
      <PortalHeader session={session} />
      <main className="mx-auto max-w-3xl space-y-10 px-4 py-8 sm:px-6">
        <section aria-labelledby="benefits-heading" className="space-y-4">
          <div>
            <h1 id="benefits-heading" className="text-xl font-semibold text-gray-900">
              Your benefits
            </h1>
            <p className="mt-1 text-sm text-gray-600">Everything your purchases from {merchant} include, with how to use it.</p>
          </div>
          {benefits.length === 0 ? (
            <p className="rounded-lg border-2 border-dashed border-gray-300 bg-white px-6 py-10 text-center text-sm text-gray-600">
              Nothing here yet. Benefits appear as soon as a purchase includes them.
            </p>
          ) : (
            benefits.map((item) => <BenefitCard key={item.grantId} item={item} organizationSlug={slug} merchant={merchant} />)
          )}
        </section>

        <section aria-labelledby="subscriptions-heading" className="space-y-3">
          <h2 id="subscriptions-heading" className="text-base font-semibold text-gray-900">
            Subscriptions
          </h2>
          <SubscriptionList subscriptions={subscriptions} />
        </section>

        <section aria-labelledby="orders-heading" className="space-y-3">
          <h2 id="orders-heading" className="text-base font-semibold text-gray-900">
            Orders
          </h2>
          <OrderList orders={orders} />
        </section>

        {session.returnUrl && (
          <p className="text-sm">
            <a href={session.returnUrl} className="font-medium text-brand-700 hover:text-brand-600">
              ← Back to {merchant}
            </a>
          </p>
        )}
      </main>
    </>
  );
}
