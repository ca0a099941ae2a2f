import type { CustomProperties } from "@/lib/benefits/custom/properties";
import type { DiscordProperties } from "@/lib/benefits/discord/properties";
import type { DownloadablesProperties } from "@/lib/benefits/downloadables/properties";
import type { GitHubRepositoryProperties } from "@/lib/benefits/github-repository/properties";
import type { LicenseKeysProperties } from "@/lib/benefits/license-keys/properties";
import type { MeterCreditProperties } from "@/lib/benefits/meter-credit/properties";
import type { BenefitType } from "@/lib/generated/prisma/enums";

export type Timeframe = "year" | "month" | "day";
export type RepositoryPermission = "pull" | "triage" | "push" | "maintain" | "admin";

/**
 * What the benefit form edits. Field names mirror the API body (`properties.prefix`,
 * `properties.expires.ttl`…) so a server error keyed by API path lands on the right input;
 * numbers are kept as the text the merchant typed until submit. Only the chosen type's fields
 * are rendered and sent.
 */
export type BenefitFormValues = {
  description: string;
  properties: {
    prefix: string;
    expires: { mode: "never" | "ttl"; ttl: string; timeframe: Timeframe };
    activations: { limit: string; enable_customer_admin: boolean };
    limit_usage: string;
    repositories: { owner: string; name: string; permission: RepositoryPermission }[];
    guild_id: string;
    roles: { role_id: string; name: string }[];
    kick_member: boolean;
    file_ids: string[];
    archived: Record<string, boolean>;
    declared: { name: string; size_mb: string }[];
    meter_id: string;
    units: string;
    rollover: boolean;
    low_balance_threshold: string;
    note: string;
  };
};

/** The JSON the form hands to its server action: the API's create/update body. */
export type BenefitPayload = { type: BenefitType; description: string; properties: Record<string, unknown> };

export const emptyBenefitFormValues: BenefitFormValues = {
  description: "",
  properties: {
    prefix: "",
    expires: { mode: "never", ttl: "1", timeframe: "year" },
    activations: { limit: "", enable_customer_admin: true },
    limit_usage: "",
    repositories: [{ owner: "", name: "", permission: "pull" }],
    guild_id: "",
    roles: [{ role_id: "", name: "" }],
    kick_member: false,
    file_ids: [],
    archived: {},
    declared: [],
    meter_id: "",
    units: "",
    rollover: false,
    low_balance_threshold: "",
    note: "",
  },
};

const text = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));

/** Form values for an existing benefit, from its API properties (serializeBenefit's shape). */
export function benefitFormValues(type: BenefitType, description: string, raw: Record<string, unknown>): BenefitFormValues {
  const base = emptyBenefitFormValues.properties;
  const values: BenefitFormValues = { description, properties: { ...base } };
  const p = values.properties;
  switch (type) {
    case "license_keys": {
      const lk = raw as LicenseKeysProperties;
      p.prefix = lk.prefix ?? "";
      p.expires = lk.expires ? { mode: "ttl", ttl: String(lk.expires.ttl), timeframe: lk.expires.timeframe } : base.expires;
      p.activations = lk.activations
        ? { limit: String(lk.activations.limit), enable_customer_admin: lk.activations.enable_customer_admin }
        : base.activations;
      p.limit_usage = text(lk.limit_usage);
      break;
    }
    case "github_repository":
      p.repositories = (raw as GitHubRepositoryProperties).repositories.map((r) => ({ ...r }));
      break;
    case "discord": {
      const d = raw as DiscordProperties;
      p.guild_id = d.guild_id;
      p.roles = d.roles.map((r) => ({ role_id: r.role_id, name: r.name ?? "" }));
      p.kick_member = d.kick_member;
      break;
    }
    case "downloadables": {
      const d = raw as DownloadablesProperties;
      p.file_ids = [...d.files];
      p.archived = { ...d.archived };
      break;
    }
    case "meter_credit": {
      const m = raw as MeterCreditProperties;
      p.meter_id = m.meter_id;
      p.units = text(m.units);
      p.rollover = m.rollover;
      p.low_balance_threshold = m.low_balance_threshold == null ? "" : String(m.low_balance_threshold);
      break;
    }
    case "custom":
      p.note = (raw as CustomProperties).note ?? "";
      break;
  }
  return values;
}

export type ConversionIssue = { path: string; message: string };

/** "1,000" → 1000; "" → null; anything else that is not a whole number → an issue. */
function wholeNumber(raw: string, path: string, issues: ConversionIssue[], isRequired: boolean): number | null {
  const cleaned = raw.replace(/[\s,_]/g, "");
  if (cleaned === "") {
    if (isRequired) issues.push({ path, message: "Enter a number" });
    return null;
  }
  if (!/^-?\d+$/.test(cleaned)) {
    issues.push({ path, message: "Enter a whole number" });
    return null;
  }
  return Number(cleaned);
}

/**
 * The API properties for one type, plus the issues only the form can see (text that is not a
 * number). Where such an issue exists a harmless stand-in is sent to the schema check, so the
 * API schema does not add a vaguer message for the same field.
 */
export function toBenefitPayload(type: BenefitType, values: BenefitFormValues) {
  const issues: ConversionIssue[] = [];
  const p = values.properties;
  const at = (field: string) => `properties.${field}`;
  let properties: Record<string, unknown>;
  switch (type) {
    case "license_keys":
      properties = {
        prefix: p.prefix.trim() === "" ? null : p.prefix,
        expires:
          p.expires.mode === "ttl"
            ? { ttl: wholeNumber(p.expires.ttl, at("expires.ttl"), issues, true) ?? 1, timeframe: p.expires.timeframe }
            : null,
        activations: (() => {
          const limit = wholeNumber(p.activations.limit, at("activations.limit"), issues, false);
          return p.activations.limit.trim() === "" ? null : { limit: limit ?? 1, enable_customer_admin: p.activations.enable_customer_admin };
        })(),
        limit_usage: wholeNumber(p.limit_usage, at("limit_usage"), issues, false),
      };
      break;
    case "github_repository":
      properties = { repositories: p.repositories.map((r) => ({ owner: r.owner.trim(), name: r.name.trim(), permission: r.permission })) };
      break;
    case "discord":
      properties = {
        guild_id: p.guild_id.trim(),
        roles: p.roles.map((r) => ({ role_id: r.role_id.trim(), name: r.name.trim() || null })),
        kick_member: p.kick_member,
      };
      break;
    case "downloadables": {
      const declared = p.declared.map((d, i) => {
        const mb = Number(d.size_mb.replace(/[\s,]/g, ""));
        const isValid = d.size_mb.trim() !== "" && Number.isFinite(mb) && mb >= 0;
        if (!isValid) issues.push({ path: `properties.declared.${i}.size_mb`, message: "Enter the size in MB" });
        return { name: d.name, size: isValid ? Math.round(mb * 1_000_000) : 0 };
      });
      const archived = Object.fromEntries(p.file_ids.filter((id) => p.archived[id]).map((id) => [id, true]));
      properties = { files: [...p.file_ids, ...declared], archived };
      break;
    }
    case "meter_credit":
      properties = {
        meter_id: p.meter_id,
        units: wholeNumber(p.units, at("units"), issues, true) ?? 1,
        rollover: p.rollover,
        low_balance_threshold: wholeNumber(p.low_balance_threshold, at("low_balance_threshold"), issues, false),
      };
      break;
    case "custom":
      properties = { note: p.note.trim() === "" ? null : p.note };
      break;
  }
  const payload: BenefitPayload = { type, description: values.description, properties };
  return { payload, issues };
}
