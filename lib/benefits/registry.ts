import type { z } from "zod";
import { customProperties, serializeCustomProperties } from "@/lib/benefits/custom/properties";
import { discordProperties, serializeDiscordProperties } from "@/lib/benefits/discord/properties";
import { downloadablesProperties, serializeDownloadablesProperties } from "@/lib/benefits/downloadables/properties";
import { prepareDownloadables } from "@/lib/benefits/downloadables/prepare";
import { githubRepositoryProperties, serializeGitHubRepositoryProperties } from "@/lib/benefits/github-repository/properties";
import { licenseKeysProperties, serializeLicenseKeysProperties } from "@/lib/benefits/license-keys/properties";
import { meterCreditProperties, serializeMeterCreditProperties } from "@/lib/benefits/meter-credit/properties";
import { prepareMeterCredit } from "@/lib/benefits/meter-credit/prepare";
import type { DbTx } from "@/lib/db";
import type { BenefitType } from "@/lib/generated/prisma/client";

/** What every benefit type provides. Grant/revoke/cycle strategies join here in later issues. */
export type BenefitTypeDefinition = {
  label: string;
  properties: z.ZodType;
  /**
   * Checks references against the database (a meter, files) and returns what is stored; throws an
   * ApiError with a field-level detail when a reference is wrong.
   */
  prepare?: (db: DbTx, organizationId: string, parsed: never) => Promise<unknown>;
  serialize: (stored: never) => Record<string, unknown>;
};

export const benefitTypes = {
  custom: { label: "Custom", properties: customProperties, serialize: serializeCustomProperties },
  license_keys: { label: "License keys", properties: licenseKeysProperties, serialize: serializeLicenseKeysProperties },
  github_repository: {
    label: "GitHub repository access",
    properties: githubRepositoryProperties,
    serialize: serializeGitHubRepositoryProperties,
  },
  discord: { label: "Discord role", properties: discordProperties, serialize: serializeDiscordProperties },
  downloadables: {
    label: "Downloadable files",
    properties: downloadablesProperties,
    prepare: prepareDownloadables,
    serialize: serializeDownloadablesProperties,
  },
  meter_credit: {
    label: "Meter credits",
    properties: meterCreditProperties,
    prepare: prepareMeterCredit,
    serialize: serializeMeterCreditProperties,
  },
} satisfies Record<BenefitType, BenefitTypeDefinition>;

export const BENEFIT_TYPES = Object.keys(benefitTypes) as BenefitType[];

export function isBenefitType(value: string): value is BenefitType {
  return Object.hasOwn(benefitTypes, value);
}

export function benefitTypeDefinition(type: BenefitType): BenefitTypeDefinition {
  return benefitTypes[type];
}
