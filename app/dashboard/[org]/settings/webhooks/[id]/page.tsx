import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteWebhookEndpointDialog } from "@/components/webhooks/delete-webhook-endpoint-dialog";
import { ResetWebhookSecretDialog } from "@/components/webhooks/reset-webhook-secret-dialog";
import { WebhookDeliveryLog } from "@/components/webhooks/webhook-delivery-log";
import { WebhookEnabledToggle } from "@/components/webhooks/webhook-enabled-toggle";
import { WebhookEndpointStatusBadge } from "@/components/webhooks/webhook-endpoint-status-badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/misc";
import { Pagination } from "@/components/ui/pagination";
import { ApiError } from "@/lib/api/errors";
import { parseId } from "@/lib/api/parse";
import { requireOrgPage } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getWebhookEndpointOrThrow } from "@/lib/webhooks/get-webhook-endpoint-or-throw";
import { listWebhookEndpointEvents } from "@/lib/webhooks/list-webhook-endpoint-events";
import { summarizeWebhookEndpoint } from "@/lib/webhooks/list-webhook-endpoint-summaries";

export const metadata: Metadata = { title: "Webhook endpoint" };

const PAGE_SIZE = 20;

async function loadEndpoint(organizationId: string, id: string) {
  try {
    return await getWebhookEndpointOrThrow(db, organizationId, parseId(id, "Webhook endpoint"));
  } catch (err) {
    if (err instanceof ApiError && err.code === "not_found") notFound();
    throw err;
  }
}

// /dashboard/[org]/settings/webhooks/[id] — one endpoint: its state, settings and delivery log.
export default async function WebhookEndpointPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const [{ org: slug, id }, query] = await Promise.all([params, searchParams]);
  const { org, can } = await requireOrgPage(slug);
  const endpoint = await summarizeWebhookEndpoint(db, await loadEndpoint(org.id, id));
  const page = Math.max(1, Number.parseInt(query.page ?? "1", 10) || 1);
  const { items: events, total } = await listWebhookEndpointEvents(db, org.id, endpoint.id, { page, limit: PAGE_SIZE });
  const base = `/dashboard/${slug}/settings/webhooks`;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href={base} className="text-brand-700 hover:underline">
          ← Webhooks
        </Link>
      </nav>
      <PageHeader
        title="Webhook endpoint"
        description={<span className="font-mono break-all text-gray-800">{endpoint.url}</span>}
        actions={
          <>
            {can("write") && <WebhookEnabledToggle slug={slug} endpointId={endpoint.id} isEnabled={endpoint.enabled} />}
            {can("write") && <ResetWebhookSecretDialog slug={slug} endpointId={endpoint.id} />}
            {can("delete") && <DeleteWebhookEndpointDialog slug={slug} endpoint={endpoint} />}
          </>
        }
      />
      <Card className="mb-6">
        <dl className="grid gap-4 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium text-gray-600">Status</dt>
          <dd>
            <WebhookEndpointStatusBadge status={endpoint.status} consecutiveFailures={endpoint.consecutiveFailures} />
          </dd>
          <dt className="font-medium text-gray-600">Events</dt>
          <dd className="flex flex-wrap gap-1.5">
            {endpoint.events.length === 0
              ? "None"
              : endpoint.events.map((type) => (
                  <code key={type} className="rounded bg-gray-100 px-1.5 py-0.5 font-mono text-xs text-gray-800">
                    {type}
                  </code>
                ))}
          </dd>
          <dt className="font-medium text-gray-600">Signing secret</dt>
          <dd className="text-gray-700">Shown once when created. Lost it? Reset it and give your app the new one.</dd>
        </dl>
      </Card>
      <h2 className="mb-3 text-base font-semibold text-gray-900">Delivery log</h2>
      {events.length === 0 ? (
        <EmptyState
          title="Nothing sent yet"
          description="Events appear here as they happen, with every attempt: status code, duration and the start of your app's response."
        />
      ) : (
        <>
          <WebhookDeliveryLog slug={slug} events={events} canRedeliver={can("write") && (endpoint.enabled || "endpoint-disabled")} />
          <Pagination page={page} total={total} pageSize={PAGE_SIZE} href={(p) => `${base}/${endpoint.id}?page=${p}`} noun="event" />
        </>
      )}
    </>
  );
}
