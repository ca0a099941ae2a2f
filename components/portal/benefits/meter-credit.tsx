import Link from "next/link";
import type { PortalBenefit } from "@/lib/portal/list-portal-benefits";

export function MeterCreditBenefit({ item, organizationSlug }: { item: PortalBenefit<"meter_credit">; organizationSlug: string }) {
  const { units, rollover } = item.benefit.properties;
  return (
    <p className="text-sm text-gray-700">
      {units.toLocaleString("en-US")} usage credits{rollover ? ", unused credits roll over" : ""}.{" "}
      <Link href={`/portal/${encodeURIComponent(organizationSlug)}/meters`} className="font-medium text-brand-700 hover:text-brand-600">
        See your balance and usage
      </Link>
    </p>
  );
}
