import Link from "next/link";
import { WebhookEndpointStatusBadge } from "@/components/webhooks/webhook-endpoint-status-badge";
import { formatDateTime, formatHttpCode } from "@/components/webhooks/webhook-format";
import { Badge } from "@/components/ui/misc";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { LastAttempt, WebhookEndpointSummary } from "@/lib/webhooks/list-webhook-endpoint-summaries";

function LastAttemptCell({ attempt }: { attempt: LastAttempt | null }) {
  if (!attempt) return <span className="text-gray-500">No events yet</span>;
  const outcome =
    attempt.succeeded === null ? (
      <Badge tone="yellow">Queued</Badge>
    ) : attempt.succeeded ? (
      <Badge tone="green">Delivered · {formatHttpCode(attempt.httpCode)}</Badge>
    ) : (
      <Badge tone="red">Failed · {formatHttpCode(attempt.httpCode)}</Badge>
    );
  return (
    <div className="space-y-0.5">
      {outcome}
      <p className="text-xs text-gray-600">
        <code className="font-mono">{attempt.type}</code> · {formatDateTime(attempt.at)}
      </p>
    </div>
  );
}

/** The organization's endpoints: where they point, what they receive, and how the last event went. */
export function WebhookEndpointsTable({ slug, endpoints }: { slug: string; endpoints: WebhookEndpointSummary[] }) {
  return (
    <Table>
      <thead>
        <tr>
          <Th>URL</Th>
          <Th>Events</Th>
          <Th>Status</Th>
          <Th>Last event</Th>
        </tr>
      </thead>
      <tbody>
        {endpoints.map((e) => (
          <Tr key={e.id}>
            <Td className="max-w-xs">
              <Link href={`/dashboard/${slug}/settings/webhooks/${e.id}`} className="font-medium break-all text-brand-700 hover:underline">
                {e.url}
              </Link>
            </Td>
            <Td className="text-xs text-gray-700">
              {e.events.length === 0 ? (
                <span className="text-gray-500">None</span>
              ) : (
                <ul className="space-y-0.5">
                  {e.events.map((type) => (
                    <li key={type}>
                      <code className="font-mono">{type}</code>
                    </li>
                  ))}
                </ul>
              )}
            </Td>
            <Td>
              <WebhookEndpointStatusBadge status={e.status} consecutiveFailures={e.consecutiveFailures} />
            </Td>
            <Td>
              <LastAttemptCell attempt={e.lastAttempt} />
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
