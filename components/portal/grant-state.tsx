import { ConnectAccountLink } from "@/components/portal/accounts/connect-account-link";
import { Badge } from "@/components/ui/misc";
import { oauthPlatforms, platformForBenefitType } from "@/lib/accounts/oauth-platforms";
import type { PortalBenefit } from "@/lib/portal/list-portal-benefits";

type Status = PortalBenefit["status"];

const BADGES: Record<Status, { label: string; tone: "green" | "yellow" | "red" }> = {
  granted: { label: "Active", tone: "green" },
  pending: { label: "Being delivered", tone: "yellow" },
  action_required: { label: "Action needed", tone: "yellow" },
  failed: { label: "Delivery failed", tone: "red" },
};

export function GrantStatusBadge({ status }: { status: Status }) {
  const { label, tone } = BADGES[status];
  return <Badge tone={tone}>{label}</Badge>;
}

/** What a customer reads about a benefit that is not delivered (yet): what is happening, what to do. */
export function GrantStateMessage({ item, merchant, organizationSlug }: { item: PortalBenefit; merchant: string; organizationSlug: string }) {
  if (item.status === "pending") {
    return <p className="text-sm text-gray-700">Being delivered… This usually takes a few seconds: reload the page to see it.</p>;
  }
  if (item.status === "action_required") {
    // A grant waiting for an account: the way to connect it, and back here afterwards.
    const platform = platformForBenefitType(item.benefit.type);
    return (
      <div className="rounded-md bg-yellow-50 p-3 text-sm text-yellow-900 ring-1 ring-yellow-600/20" role="status">
        <p className="font-medium">Something is needed from you to deliver this.</p>
        {item.errorMessage && <p className="mt-1">{item.errorMessage}</p>}
        {platform && (
          <div className="mt-3">
            <ConnectAccountLink slug={organizationSlug} platform={platform} label={oauthPlatforms[platform].label} returnTo={`/portal/${organizationSlug}`} />
          </div>
        )}
      </div>
    );
  }
  return (
    <div className="rounded-md bg-red-50 p-3 text-sm text-red-800 ring-1 ring-red-600/20" role="status">
      <p className="font-medium">{item.errorMessage ? `Delivery failed: ${item.errorMessage}` : "Delivery failed."}</p>
      <p className="mt-1">{`${merchant} has been notified and will sort it out; you do not need to do anything.`}</p>
    </div>
  );
}
