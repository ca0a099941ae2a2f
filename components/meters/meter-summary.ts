import { isClause, type FilterClause, type MeterFilter } from "@/lib/meters/meter-filter";
import type { MeterAggregation } from "@/lib/meters/meter-input";

const OPERATOR_WORDS: Record<FilterClause["operator"], string> = {
  eq: "=",
  ne: "≠",
  gt: ">",
  gte: "≥",
  lt: "<",
  lte: "≤",
  like: "contains",
  not_like: "does not contain",
};

/** "name = api.call and metadata.model contains gpt" — a filter in one line for tables. */
export function describeFilter(filter: MeterFilter): string {
  if (filter.clauses.length === 0) return "every event";
  const parts = filter.clauses.map((c) => (isClause(c) ? `${c.property} ${OPERATOR_WORDS[c.operator]} ${JSON.stringify(c.value)}` : `(${describeFilter(c)})`));
  return parts.join(filter.conjunction === "and" ? " and " : " or ");
}

export function describeAggregation(aggregation: MeterAggregation): string {
  if (aggregation.func === "count") return "Count of events";
  return `${aggregation.func === "sum" ? "Sum" : "Largest"} of ${aggregation.property}`;
}

const number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export function formatUnits(value: number): string {
  return number.format(value);
}
