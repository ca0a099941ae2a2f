import { formatDateTime } from "@/components/webhooks/webhook-format";
import { Badge } from "@/components/ui/misc";
import type { WebhookEndpointStatus } from "@/lib/webhooks/list-webhook-endpoint-summaries";

const REASONS = {
  gone: "it answered 410 Gone",
  failing: "its deliveries failed for about a day",
} as const;

/** Enabled, disabled by the merchant, or disabled by Benefactor — with why and when. */
export function WebhookEndpointStatusBadge({ status, consecutiveFailures }: { status: WebhookEndpointStatus; consecutiveFailures: number }) {
  if (status.kind === "enabled") {
    return (
      <span className="inline-flex flex-wrap items-center gap-1.5">
        <Badge tone="green">Enabled</Badge>
        {consecutiveFailures > 0 && (
          <span className="text-xs text-yellow-800">
            {consecutiveFailures} failed attempt{consecutiveFailures === 1 ? "" : "s"} in a row
          </span>
        )}
      </span>
    );
  }
  if (status.kind === "disabled_by_merchant") return <Badge>Disabled</Badge>;
  return (
    <span className="inline-flex flex-col items-start gap-0.5">
      <Badge tone="red">Disabled by Benefactor</Badge>
      <span className="text-xs text-gray-600">
        On {formatDateTime(status.at)}: {REASONS[status.reason]}. Fix the receiver, then enable it again.
      </span>
    </span>
  );
}
