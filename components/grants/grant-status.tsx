import { Badge } from "@/components/ui/misc";
import type { GrantResponse } from "@/lib/grants/serialize-grant";

const STATUS = {
  granted: { label: "Granted", tone: "green" },
  pending: { label: "Pending", tone: "gray" },
  revoked: { label: "Revoked", tone: "gray" },
  failed: { label: "Failed", tone: "red" },
  action_required: { label: "Action required", tone: "red" },
} as const;

/** The grant's state, and what went wrong on its last attempt (also on a grant that still holds). */
export function GrantStatus({ grant }: { grant: GrantResponse }) {
  const { label, tone } = STATUS[grant.status];
  const error = grant.error;
  return (
    <div className="space-y-1">
      <Badge tone={tone}>
        {grant.status === "pending" && <span aria-hidden className="mr-1 size-1.5 animate-pulse rounded-full bg-gray-500" />}
        {label}
      </Badge>
      {error && grant.status !== "revoked" && (
        <p className={grant.status === "failed" || grant.status === "action_required" ? "text-xs font-medium text-red-700" : "text-xs text-yellow-800"}>
          {grant.status === "granted" ? "Last update failed: " : grant.status === "pending" ? "Last attempt failed: " : ""}
          {error.message}
        </p>
      )}
    </div>
  );
}
