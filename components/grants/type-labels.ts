import { benefitTypeLabel } from "@/components/benefits/benefit-type-info";
import { BenefitType } from "@/lib/generated/prisma/enums";

/**
 * Every benefit type's name, computed on the server for the (client) grants panel: the registry
 * that knows the names also holds the delivery strategies, which must stay out of the browser.
 */
export function benefitTypeLabels(): Record<BenefitType, string> {
  return Object.fromEntries(Object.values(BenefitType).map((t) => [t, benefitTypeLabel(t)])) as Record<BenefitType, string>;
}
