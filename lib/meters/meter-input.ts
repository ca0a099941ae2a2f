import { z } from "zod";
import { metadataSchema } from "@/lib/api/metadata";
import { meterFilter, METADATA_PROPERTY } from "@/lib/meters/meter-filter";

export type MeterAggregation = { func: "count" } | { func: "sum" | "max"; property: string };

// Polar's functions Benefactor does not keep a running aggregate for yet: min and avg would need
// more than one number per customer, unique a set of seen values.
const NOT_SUPPORTED = ["min", "avg", "unique"];

/**
 * Polar's aggregation: `{func: "count"}` (func may be left out), or `{func: "sum" | "max",
 * property: "metadata.<key>"}` over a numeric metadata field. Events whose field is missing or not
 * a number add nothing.
 */
export const meterAggregation = z
  .object({ func: z.string().optional(), property: z.string().optional() })
  .transform((a, ctx): MeterAggregation => {
    const func = a.func ?? "count";
    if (func === "count") return { func: "count" };
    if (func !== "sum" && func !== "max") {
      const message = NOT_SUPPORTED.includes(func)
        ? `"${func}" is not supported: use count, sum or max`
        : "Invalid option: expected one of \"count\"|\"sum\"|\"max\"";
      ctx.addIssue({ code: "custom", path: ["func"], message });
      return z.NEVER;
    }
    if (a.property === undefined) {
      ctx.issues.push({ code: "invalid_type", expected: "string", path: ["property"], input: undefined, message: "Field required" });
      return z.NEVER;
    }
    if (!METADATA_PROPERTY.test(a.property)) {
      ctx.addIssue({ code: "custom", path: ["property"], message: `${func} needs a numeric field: "metadata.<key>"` });
      return z.NEVER;
    }
    return { func, property: a.property };
  });

const name = z.string().trim().min(1, "Name is required").max(255);
const unit = z.enum(["scalar", "token", "custom"]);

export function refineCustomUnit(m: { unit?: string | null; custom_label?: string | null }, ctx: z.RefinementCtx) {
  if (m.unit === "custom" && !m.custom_label) ctx.addIssue({ code: "custom", path: ["custom_label"], message: "Required when unit is custom" });
}

/** `POST /v1/meters/` (Polar's MeterCreate). `organization_id` is the token's organization. */
export const createMeterBody = z
  .object({
    name,
    filter: meterFilter,
    aggregation: meterAggregation,
    metadata: metadataSchema.default({}),
    unit: unit.default("scalar"),
    custom_label: z.string().trim().min(1).max(100).nullish(),
    custom_multiplier: z.number().int().min(1).max(1_000_000_000).nullish(),
    organization_id: z.string().nullish(),
  })
  .superRefine(refineCustomUnit);

/**
 * `PATCH /v1/meters/{id}` (Polar's MeterUpdate): every field optional; null leaves it unchanged.
 * A custom unit's label is checked against the stored meter (updateMeter), since either may set it.
 */
export const updateMeterBody = z
  .object({
    name: name.nullish(),
    filter: meterFilter.nullish(),
    aggregation: meterAggregation.nullish(),
    metadata: metadataSchema.nullish(),
    unit: unit.nullish(),
    custom_label: z.string().trim().min(1).max(100).nullish(),
    custom_multiplier: z.number().int().min(1).max(1_000_000_000).nullish(),
    is_archived: z.boolean().nullish(),
  });

export type CreateMeterInput = z.output<typeof createMeterBody>;
export type UpdateMeterInput = z.output<typeof updateMeterBody>;
