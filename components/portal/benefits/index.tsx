import type { ReactNode } from "react";
import { CustomBenefit } from "@/components/portal/benefits/custom";
import { DiscordBenefit } from "@/components/portal/benefits/discord";
import { DownloadablesBenefit } from "@/components/portal/benefits/downloadables";
import { GitHubRepositoryBenefit } from "@/components/portal/benefits/github-repository";
import { LicenseKeysBenefit } from "@/components/portal/benefits/license-keys";
import { MeterCreditBenefit } from "@/components/portal/benefits/meter-credit";
import type { BenefitType } from "@/lib/generated/prisma/enums";
import type { PortalBenefit } from "@/lib/portal/list-portal-benefits";

type ViewProps<T extends BenefitType> = { item: PortalBenefit<T>; organizationSlug: string };

/** The one switch on benefit type in the portal: what a delivered benefit of each type shows. */
const VIEWS: { [T in BenefitType]: (props: ViewProps<T>) => ReactNode } = {
  custom: CustomBenefit,
  license_keys: LicenseKeysBenefit,
  github_repository: GitHubRepositoryBenefit,
  discord: DiscordBenefit,
  downloadables: DownloadablesBenefit,
  meter_credit: MeterCreditBenefit,
};

export const BENEFIT_TYPE_LABELS: Record<BenefitType, string> = {
  custom: "Instructions",
  license_keys: "License key",
  github_repository: "GitHub access",
  discord: "Discord role",
  downloadables: "Downloads",
  meter_credit: "Usage credits",
};

export function BenefitContent({ item, organizationSlug }: ViewProps<BenefitType>) {
  // `item.benefit.type` picks the view, so the item is that view's type; TypeScript cannot
  // correlate the two through the indexed access.
  const View = VIEWS[item.benefit.type] as (props: ViewProps<BenefitType>) => ReactNode;
  return <View item={item} organizationSlug={organizationSlug} />;
}
