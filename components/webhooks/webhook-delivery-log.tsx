import { RedeliverButton } from "@/components/webhooks/redeliver-button";
import { formatDateTime, formatHttpCode } from "@/components/webhooks/webhook-format";
import { Badge } from "@/components/ui/misc";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { WebhookEndpointEvent } from "@/lib/webhooks/list-webhook-endpoint-events";

type Attempt = WebhookEndpointEvent["deliveries"][number];

function ResultBadge({ event }: { event: WebhookEndpointEvent }) {
  if (event.deliveries.length === 0) return <Badge tone="yellow">Pending</Badge>;
  // Attempts exist but the outcome was reset: a redelivery is waiting for its turn.
  if (event.succeeded === null) return <Badge tone="yellow">Redelivery queued</Badge>;
  return event.succeeded ? <Badge tone="green">Delivered</Badge> : <Badge tone="red">Failed</Badge>;
}

function Snippet({ attempt }: { attempt: Attempt }) {
  if (!attempt.response) return <span className="text-gray-400">Empty</span>;
  return (
    <code className="block max-w-xs truncate font-mono text-xs text-gray-700" title={attempt.response}>
      {attempt.response}
    </code>
  );
}

function EarlierAttempts({ attempts }: { attempts: Attempt[] }) {
  if (attempts.length === 0) return null;
  return (
    <details className="mt-1 text-xs text-gray-600">
      <summary className="cursor-pointer text-brand-700">
        {attempts.length} earlier attempt{attempts.length === 1 ? "" : "s"}
      </summary>
      <ol className="mt-1 space-y-1">
        {attempts.map((a) => (
          <li key={a.id} className="flex flex-wrap items-center gap-x-2">
            <span className="whitespace-nowrap">{formatDateTime(a.createdAt)}</span>
            <Badge tone={a.succeeded ? "green" : "red"}>{formatHttpCode(a.httpCode)}</Badge>
            <span>{a.durationMs} ms</span>
            <Snippet attempt={a} />
          </li>
        ))}
      </ol>
    </details>
  );
}

/** One row per event with its latest attempt; earlier attempts fold out below the response. */
export function WebhookDeliveryLog({ slug, events, canRedeliver }: { slug: string; events: WebhookEndpointEvent[]; canRedeliver: boolean | "endpoint-disabled" }) {
  return (
    <Table>
      <thead>
        <tr>
          <Th>Event</Th>
          <Th>Result</Th>
          <Th>HTTP</Th>
          <Th>Duration</Th>
          <Th>Response</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => {
          const [latest, ...earlier] = event.deliveries;
          return (
            <Tr key={event.id} data-testid="webhook-event-row">
              <Td className="align-top">
                <code className="font-mono text-xs font-medium text-gray-900">{event.type}</code>
                <p className="text-xs whitespace-nowrap text-gray-600">{formatDateTime(latest?.createdAt ?? event.createdAt)}</p>
              </Td>
              <Td className="align-top">
                <ResultBadge event={event} />
              </Td>
              <Td className="align-top tabular-nums">{latest ? formatHttpCode(latest.httpCode) : "—"}</Td>
              <Td className="align-top whitespace-nowrap tabular-nums">{latest ? `${latest.durationMs} ms` : "—"}</Td>
              <Td className="align-top">
                {latest ? <Snippet attempt={latest} /> : <span className="text-gray-500">Not sent yet</span>}
                <EarlierAttempts attempts={earlier} />
              </Td>
              <Td className="text-right align-top">
                {canRedeliver && <RedeliverButton slug={slug} eventId={event.id} isDisabled={canRedeliver === "endpoint-disabled"} />}
              </Td>
            </Tr>
          );
        })}
      </tbody>
    </Table>
  );
}
