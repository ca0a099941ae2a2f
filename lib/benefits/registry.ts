import { benefitTypeSchemas, type BenefitTypeSchema } from "@/lib/benefits/benefit-type-schemas";
import { customStrategy } from "@/lib/benefits/custom/strategy";
import { checkDiscord } from "@/lib/benefits/discord/check-discord";
import { discordStrategy } from "@/lib/benefits/discord/strategy";
import { prepareDownloadables } from "@/lib/benefits/downloadables/prepare";
import { downloadablesStrategy } from "@/lib/benefits/downloadables/strategy";
import { checkGitHubRepository } from "@/lib/benefits/github-repository/check-github-repository";
import { githubRepositoryStrategy } from "@/lib/benefits/github-repository/strategy";
import { licenseKeysStrategy } from "@/lib/benefits/license-keys/strategy";
import { prepareMeterCredit } from "@/lib/benefits/meter-credit/prepare";
import { meterCreditStrategy } from "@/lib/benefits/meter-credit/strategy";
import type { BenefitStrategy } from "@/lib/benefits/strategy";
import type { Db, DbTx } from "@/lib/db";
import type { BenefitType } from "@/lib/generated/prisma/client";

export { BENEFIT_TYPES, isBenefitType } from "@/lib/benefits/benefit-type-schemas";

/** Everything a benefit type provides on the server: its schema (benefit-type-schemas.ts) and its delivery. */
export type BenefitTypeDefinition = BenefitTypeSchema & {
  /**
   * Checks references against the database (a meter, files) inside the benefit's transaction and
   * returns what is stored; throws an ApiError with a field-level detail when a reference is wrong.
   */
  prepare?: (db: DbTx, organizationId: string, parsed: never) => Promise<unknown>;
  /**
   * Asks the provider (GitHub, Discord) whether it can deliver this configuration, before the
   * benefit's transaction opens, so a slow provider never holds one open; throws an ApiError with
   * a field-level detail when it cannot. Its result is what `prepare` (or storage) receives.
   */
  check?: (db: Db, organizationId: string, parsed: never) => Promise<unknown>;
  /** Grant, revoke and cycle (lib/benefits/<type>/strategy.ts). */
  strategy: BenefitStrategy;
};

export const benefitTypes = {
  custom: { ...benefitTypeSchemas.custom, strategy: customStrategy },
  license_keys: { ...benefitTypeSchemas.license_keys, strategy: licenseKeysStrategy },
  github_repository: { ...benefitTypeSchemas.github_repository, check: checkGitHubRepository, strategy: githubRepositoryStrategy },
  discord: { ...benefitTypeSchemas.discord, check: checkDiscord, strategy: discordStrategy },
  downloadables: { ...benefitTypeSchemas.downloadables, prepare: prepareDownloadables, strategy: downloadablesStrategy },
  meter_credit: { ...benefitTypeSchemas.meter_credit, prepare: prepareMeterCredit, strategy: meterCreditStrategy },
} satisfies Record<BenefitType, BenefitTypeDefinition>;

export function benefitTypeDefinition(type: BenefitType): BenefitTypeDefinition {
  return benefitTypes[type];
}
