import type { z } from "zod";
import { customProperties, serializeCustomProperties } from "@/lib/benefits/custom/properties";
import { customStrategy } from "@/lib/benefits/custom/strategy";
import { discordProperties, serializeDiscordProperties } from "@/lib/benefits/discord/properties";
import { discordStrategy } from "@/lib/benefits/discord/strategy";
import { prepareDownloadables } from "@/lib/benefits/downloadables/prepare";
import { downloadablesProperties, serializeDownloadablesProperties } from "@/lib/benefits/downloadables/properties";
import { downloadablesStrategy } from "@/lib/benefits/downloadables/strategy";
import { githubRepositoryProperties, serializeGitHubRepositoryProperties } from "@/lib/benefits/github-repository/properties";
import { githubRepositoryStrategy } from "@/lib/benefits/github-repository/strategy";
import { licenseKeysProperties, serializeLicenseKeysProperties } from "@/lib/benefits/license-keys/properties";
import { licenseKeysStrategy } from "@/lib/benefits/license-keys/strategy";
import { prepareMeterCredit } from "@/lib/benefits/meter-credit/prepare";
import { meterCreditProperties, serializeMeterCreditProperties } from "@/lib/benefits/meter-credit/properties";
import { meterCreditStrategy } from "@/lib/benefits/meter-credit/strategy";
import type { BenefitStrategy } from "@/lib/benefits/strategy";
import type { DbTx } from "@/lib/db";
import type { BenefitType } from "@/lib/generated/prisma/client";

/** What every benefit type provides: its properties, how they are shown, how it is delivered. */
export type BenefitTypeDefinition = {
  label: string;
  properties: z.ZodType;
  /**
   * Checks references against the database (a meter, files) and returns what is stored; throws an
   * ApiError with a field-level detail when a reference is wrong.
   */
  prepare?: (db: DbTx, organizationId: string, parsed: never) => Promise<unknown>;
  serialize: (stored: never) => Record<string, unknown>;
  /** Grant, revoke and cycle (lib/benefits/<type>/strategy.ts). */
  strategy: BenefitStrategy;
};

export const benefitTypes = {
  custom: { label: "Custom", properties: customProperties, serialize: serializeCustomProperties, strategy: customStrategy },
  license_keys: {
    label: "License keys",
    properties: licenseKeysProperties,
    serialize: serializeLicenseKeysProperties,
    strategy: licenseKeysStrategy,
  },
  github_repository: {
    label: "GitHub repository access",
    properties: githubRepositoryProperties,
    serialize: serializeGitHubRepositoryProperties,
    strategy: githubRepositoryStrategy,
  },
  discord: { label: "Discord role", properties: discordProperties, serialize: serializeDiscordProperties, strategy: discordStrategy },
  downloadables: {
    label: "Downloadable files",
    properties: downloadablesProperties,
    prepare: prepareDownloadables,
    serialize: serializeDownloadablesProperties,
    strategy: downloadablesStrategy,
  },
  meter_credit: {
    label: "Meter credits",
    properties: meterCreditProperties,
    prepare: prepareMeterCredit,
    serialize: serializeMeterCreditProperties,
    strategy: meterCreditStrategy,
  },
} satisfies Record<BenefitType, BenefitTypeDefinition>;

export const BENEFIT_TYPES = Object.keys(benefitTypes) as BenefitType[];

export function isBenefitType(value: string): value is BenefitType {
  return Object.hasOwn(benefitTypes, value);
}

export function benefitTypeDefinition(type: BenefitType): BenefitTypeDefinition {
  return benefitTypes[type];
}
