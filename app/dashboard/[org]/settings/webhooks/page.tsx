import type { Metadata } from "next";
import { CreateWebhookEndpointDialog } from "@/components/webhooks/create-webhook-endpoint-dialog";
import { WebhookEndpointsTable } from "@/components/webhooks/webhook-endpoints-table";
import { EmptyState, PageHeader } from "@/components/ui/misc";
import { requireOrgPage } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listWebhookEndpointSummaries } from "@/lib/webhooks/list-webhook-endpoint-summaries";

export const metadata: Metadata = { title: "Webhooks" };

// max-w keeps the header's actions beside the text rather than below it.
const DESCRIPTION = (
  <span className="block max-w-2xl">
    Benefactor tells your app when customers gain or lose benefits, with a signed HTTP POST (Standard Webhooks) that is retried
    for about a day until your app answers 2xx.
  </span>
);

// /dashboard/[org]/settings/webhooks
export default async function WebhooksPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org, can } = await requireOrgPage(slug);
  const endpoints = await listWebhookEndpointSummaries(db, org.id);
  const canWrite = can("write");
  return (
    <>
      {/* One dialog, always in the header: it must stay mounted when the first endpoint replaces
          the empty state, or the secret it shows once would vanish with it. */}
      <PageHeader title="Webhooks" description={DESCRIPTION} actions={canWrite ? <CreateWebhookEndpointDialog slug={slug} /> : undefined} />
      {endpoints.length === 0 ? (
        <EmptyState
          title="No webhook endpoints yet"
          description={
            <>
              Add an endpoint to keep your own app in step with Benefactor: unlock a feature when a customer is granted a benefit
              (<code className="font-mono text-xs">benefit_grant.created</code>), lock it again when the grant is revoked
              (<code className="font-mono text-xs">benefit_grant.revoked</code>), or follow changes to your benefits.
              {canWrite && " Add one with the button above."}
            </>
          }
        />
      ) : (
        <WebhookEndpointsTable slug={slug} endpoints={endpoints} />
      )}
    </>
  );
}
