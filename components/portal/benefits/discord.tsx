import type { PortalBenefit } from "@/lib/portal/list-portal-benefits";

export function DiscordBenefit({ item: _item }: { item: PortalBenefit<"discord"> }) {
  return <p className="text-sm text-gray-700">A role in the merchant’s Discord server: it is on your Discord account now.</p>;
}
