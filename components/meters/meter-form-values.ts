import type { FilterOperator, MeterFilter } from "@/lib/meters/meter-filter";
import type { MeterAggregation } from "@/lib/meters/meter-input";

// The meter form edits text inputs; the API wants Polar's filter and aggregation. These convert
// both ways, and map the API's field names back onto the form's for error messages.

export type ClauseValues = { field: "name" | "metadata"; key: string; operator: FilterOperator; value: string; valueType: "text" | "number" | "boolean" };

export type MeterFormValues = {
  name: string;
  conjunction: "and" | "or";
  clauses: ClauseValues[];
  func: "count" | "sum" | "max";
  property: string;
};

export const emptyClause: ClauseValues = { field: "name", key: "", operator: "eq", value: "", valueType: "text" };

export const emptyMeterFormValues: MeterFormValues = { name: "", conjunction: "and", clauses: [emptyClause], func: "count", property: "" };

/** A stored meter's values for the form; null when its filter nests groups (made through the API), which the form cannot show. */
export function meterFormValues(meter: { name: string; filter: MeterFilter; aggregation: MeterAggregation }): MeterFormValues | null {
  const clauses: ClauseValues[] = [];
  for (const c of meter.filter.clauses) {
    if (!("property" in c)) return null;
    const isName = c.property === "name";
    const valueType = typeof c.value === "number" ? "number" : typeof c.value === "boolean" ? "boolean" : "text";
    clauses.push({ field: isName ? "name" : "metadata", key: isName ? "" : c.property.slice("metadata.".length), operator: c.operator, value: String(c.value), valueType });
  }
  const agg = meter.aggregation;
  return {
    name: meter.name,
    conjunction: meter.filter.conjunction,
    clauses,
    func: agg.func,
    property: agg.func === "count" ? "" : agg.property.slice("metadata.".length),
  };
}

/**
 * What the form checks before sending: a number clause must hold a number (the API would take the
 * text as a text comparison, not refuse it), and metadata fields need a key. Keyed by form field.
 */
export function formValueErrors(v: MeterFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  v.clauses.forEach((c, i) => {
    if (c.field === "metadata" && c.key.trim() === "") errors[`clauses.${i}.key`] = "Enter a metadata key";
    if (c.valueType === "number" && (c.value.trim() === "" || !Number.isFinite(Number(c.value)))) errors[`clauses.${i}.value`] = "Enter a number";
  });
  if (v.func !== "count" && v.property.trim() === "") errors.property = "Enter the numeric metadata field to aggregate";
  return errors;
}

/** The API body for the form's values (formValueErrors has passed). */
export function meterBodyFromValues(v: MeterFormValues) {
  return {
    name: v.name,
    filter: {
      conjunction: v.conjunction,
      clauses: v.clauses.map((c) => ({
        property: c.field === "name" ? "name" : `metadata.${c.key.trim()}`,
        operator: c.operator,
        value: c.valueType === "number" && c.value.trim() !== "" && Number.isFinite(Number(c.value)) ? Number(c.value) : c.valueType === "boolean" ? c.value === "true" : c.value,
      })),
    },
    aggregation: v.func === "count" ? { func: "count" } : { func: v.func, property: `metadata.${v.property.trim()}` },
  };
}

/** Where an API error about `key` ("filter.clauses.0.value", "aggregation.property") shows in the form. */
export function formFieldOf(key: string): string | null {
  if (key === "name") return "name";
  if (key === "filter.conjunction") return "conjunction";
  const clause = /^filter\.clauses\.(\d+)\.(property|operator|value)/.exec(key);
  if (clause) return `clauses.${clause[1]}.${clause[2] === "property" ? "key" : clause[2]}`;
  if (key === "aggregation.func") return "func";
  if (key === "aggregation.property") return "property";
  return null;
}
