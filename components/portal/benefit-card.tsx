import { BENEFIT_TYPE_LABELS, BenefitContent } from "@/components/portal/benefits";
import { GrantStateMessage, GrantStatusBadge } from "@/components/portal/grant-state";
import type { PortalBenefit } from "@/lib/portal/list-portal-benefits";

const SOURCE = { order: "Purchase", subscription: "Subscription", manual: "Given by the merchant" } as const;

export function BenefitCard({ item, organizationSlug, merchant }: { item: PortalBenefit; organizationSlug: string; merchant: string }) {
  const headingId = `benefit-${item.grantId}`;
  const source = item.source.productName ? `${SOURCE[item.source.kind]}: ${item.source.productName}` : SOURCE[item.source.kind];
  return (
    <article aria-labelledby={headingId} className="rounded-lg bg-white p-5 shadow-xs ring-1 ring-gray-200">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={headingId} className="font-semibold text-gray-900">
            {item.benefit.description}
          </h3>
          <p className="mt-0.5 text-xs text-gray-500">
            {BENEFIT_TYPE_LABELS[item.benefit.type]} · {source}
          </p>
        </div>
        <GrantStatusBadge status={item.status} />
      </div>
      <div className="mt-4">
        {item.status === "granted" ? (
          <BenefitContent item={item} organizationSlug={organizationSlug} />
        ) : (
          <GrantStateMessage item={item} merchant={merchant} organizationSlug={organizationSlug} />
        )}
      </div>
    </article>
  );
}
