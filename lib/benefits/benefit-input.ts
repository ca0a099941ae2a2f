import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { metadataSchema } from "@/lib/api/metadata";
import { zodIssues } from "@/lib/api/zod-issues";
import { BENEFIT_TYPES, benefitTypeSchema, isBenefitType } from "@/lib/benefits/benefit-type-schemas";
import type { BenefitType } from "@/lib/generated/prisma/client";

export const descriptionSchema = z.string().trim().min(3, "At least 3 characters").max(42, "At most 42 characters");

// The seed writes `downloadable`; Polar's type is `downloadables`.
const TYPE_ALIASES: Record<string, BenefitType> = { downloadable: "downloadables" };

const benefitType = z.string().transform((raw, ctx) => {
  const type = TYPE_ALIASES[raw] ?? raw;
  if (isBenefitType(type)) return type;
  ctx.addIssue({ code: "custom", message: `Must be one of: ${BENEFIT_TYPES.join(", ")}` });
  return z.NEVER;
});

export const createBenefitBody = z.object({
  type: benefitType,
  description: descriptionSchema,
  organization_id: z.string().nullish(),
  properties: z.record(z.string(), z.unknown()).default({}),
  metadata: metadataSchema.default({}),
  visibility: z.enum(["draft", "private", "public"]).nullish(),
});

export const updateBenefitBody = z.object({
  type: benefitType.optional(),
  // The SDK sends explicit nulls for fields it leaves alone.
  description: descriptionSchema.nullish().transform((v) => v ?? undefined),
  properties: z.record(z.string(), z.unknown()).nullish().transform((v) => v ?? undefined),
  metadata: metadataSchema.nullish().transform((v) => v ?? undefined),
  visibility: z.enum(["draft", "private", "public"]).nullish(),
});

/**
 * The seed creates meter credits as `type: "custom"` with `{meter_id, credits}`: a custom benefit
 * has only a note, so such a body can only mean a meter_credit benefit.
 */
export function effectiveType(type: BenefitType, properties: Record<string, unknown>): BenefitType {
  return type === "custom" && "meter_id" in properties ? "meter_credit" : type;
}

/** Validates a type's properties, with errors located under body.properties. */
export function parseProperties(type: BenefitType, raw: Record<string, unknown>): unknown {
  const result = benefitTypeSchema(type).properties.safeParse(raw);
  if (!result.success) {
    throw new ApiError(
      "validation",
      zodIssues(result.error, "body").map((i) => ({ ...i, loc: ["body", "properties", ...i.loc.slice(1)] })),
    );
  }
  return result.data;
}
