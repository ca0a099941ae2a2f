import type { z } from "zod";
import { customProperties, serializeCustomProperties } from "@/lib/benefits/custom/properties";
import { discordProperties, serializeDiscordProperties } from "@/lib/benefits/discord/properties";
import { downloadablesProperties, serializeDownloadablesProperties } from "@/lib/benefits/downloadables/properties";
import { githubRepositoryProperties, serializeGitHubRepositoryProperties } from "@/lib/benefits/github-repository/properties";
import { licenseKeysProperties, serializeLicenseKeysProperties } from "@/lib/benefits/license-keys/properties";
import { meterCreditProperties, serializeMeterCreditProperties } from "@/lib/benefits/meter-credit/properties";
import type { BenefitType } from "@/lib/generated/prisma/enums";

/**
 * What the browser may know of each benefit type: its name and the schema of its properties (the
 * benefit form validates with it). Delivery — strategies, provider clients, the database — is in
 * registry.ts, which must never reach a client bundle.
 */
export type BenefitTypeSchema = {
  label: string;
  properties: z.ZodType;
  serialize: (stored: never) => Record<string, unknown>;
};

export const benefitTypeSchemas = {
  custom: { label: "Custom", properties: customProperties, serialize: serializeCustomProperties },
  license_keys: { label: "License keys", properties: licenseKeysProperties, serialize: serializeLicenseKeysProperties },
  github_repository: {
    label: "GitHub repository access",
    properties: githubRepositoryProperties,
    serialize: serializeGitHubRepositoryProperties,
  },
  discord: { label: "Discord role", properties: discordProperties, serialize: serializeDiscordProperties },
  downloadables: { label: "Downloadable files", properties: downloadablesProperties, serialize: serializeDownloadablesProperties },
  meter_credit: { label: "Meter credits", properties: meterCreditProperties, serialize: serializeMeterCreditProperties },
} satisfies Record<BenefitType, BenefitTypeSchema>;

export const BENEFIT_TYPES = Object.keys(benefitTypeSchemas) as BenefitType[];

export function isBenefitType(value: string): value is BenefitType {
  return Object.hasOwn(benefitTypeSchemas, value);
}

export function benefitTypeSchema(type: BenefitType): BenefitTypeSchema {
  return benefitTypeSchemas[type];
}
