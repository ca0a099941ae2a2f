import type { PortalBenefit } from "@/lib/portal/list-portal-benefits";

export function MeterCreditBenefit({ item }: { item: PortalBenefit<"meter_credit"> }) {
  const { units, rollover } = item.benefit.properties;
  return (
    <p className="text-sm text-gray-700">
      {units.toLocaleString("en-US")} usage credits{rollover ? ", unused credits roll over" : ""}. Your balance will appear here.
    </p>
  );
}
