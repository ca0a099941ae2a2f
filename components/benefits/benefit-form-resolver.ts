import { set, type FieldErrors, type Resolver } from "react-hook-form";
import { createBenefitBody } from "@/lib/benefits/benefit-input";
import { benefitTypeSchema } from "@/lib/benefits/benefit-type-schemas";
import type { BenefitType } from "@/lib/generated/prisma/enums";
import { toBenefitPayload, type BenefitFormValues, type BenefitPayload } from "./benefit-form-values";
import { friendlyZodError } from "./friendly-zod-error";

// Where each type's inputs sit; an error on any other path is shown at the top of the form.
const SHOWN: Record<BenefitType, RegExp> = {
  license_keys: /^properties\.(prefix|expires\.ttl|expires\.timeframe|activations\.limit|limit_usage)$/,
  github_repository: /^properties\.repositories(\.\d+(\.(owner|name|permission))?)?$/,
  discord: /^properties\.(guild_id|kick_member|roles(\.\d+(\.(role_id|name))?)?)$/,
  downloadables: /^properties\.(files|file_ids|declared\.\d+\.(name|size_mb))$/,
  meter_credit: /^properties\.(meter_id|units|rollover|low_balance_threshold)$/,
  custom: /^properties\.note$/,
};

/**
 * The form field that shows an error the API reported at `apiPath` ("properties.files.2.size"),
 * or null when no field fits and the message belongs at the top of the form.
 */
export function formErrorPath(type: BenefitType, apiPath: string, values: BenefitFormValues): string | null {
  if (apiPath === "description") return apiPath;
  let path = apiPath;
  if (type === "license_keys") {
    if (path === "properties.expires") path = "properties.expires.ttl";
    if (path.startsWith("properties.activations")) path = "properties.activations.limit";
  } else if (type === "github_repository") {
    if (/^properties\.repositories\.\d+$/.test(path)) path = `${path}.name`;
    if (/^properties\.(repository_owner|repository_name|permission)$/.test(path)) path = "properties.repositories";
  } else if (type === "discord") {
    if (/^properties\.roles\.\d+$/.test(path)) path = `${path}.role_id`;
    if (path === "properties.role_id") path = "properties.roles";
  } else if (type === "downloadables") {
    // The API sees picked files first, then declarations: map an index back to its row.
    const match = /^properties\.files\.(\d+)(?:\.(\w+))?/.exec(path);
    const picked = values.properties.file_ids.length;
    if (match && Number(match[1]) >= picked) {
      path = `properties.declared.${Number(match[1]) - picked}.${match[2] === "size" ? "size_mb" : "name"}`;
    } else if (match || path.startsWith("properties.archived")) {
      path = "properties.file_ids";
    }
  } else if (type === "meter_credit" && path === "properties.credits") {
    path = "properties.units";
  }
  return SHOWN[type].test(path) ? path : null;
}

/** The API's own schemas, checked in the browser before the server checks them again. */
function bodySchema(type: BenefitType) {
  return createBenefitBody.extend({ properties: benefitTypeSchema(type).properties });
}

/**
 * A react-hook-form resolver that turns form values into the API body and validates it with the
 * API's schemas (createBenefitBody + the type's properties schema). The form submits the body.
 */
export function benefitResolver(type: BenefitType): Resolver<BenefitFormValues, unknown, BenefitPayload> {
  const schema = bodySchema(type);
  return async (values) => {
    const { payload, issues } = toBenefitPayload(type, values);
    const result = schema.safeParse(payload, { error: friendlyZodError });
    const all = [...issues, ...(result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })))];
    if (all.length === 0) return { values: payload, errors: {} };
    const errors: FieldErrors<BenefitFormValues> = {};
    const seen = new Set<string>();
    for (const issue of all) {
      const path = formErrorPath(type, issue.path, values) ?? "root.client";
      if (seen.has(path)) continue;
      seen.add(path);
      set(errors, path, { type: "validate", message: path === "root.client" ? `${issue.path || "Form"}: ${issue.message}` : issue.message });
    }
    return { values: {}, errors };
  };
}
