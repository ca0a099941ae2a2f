import { z } from "zod";

export const FILTER_OPERATORS = ["eq", "ne", "gt", "gte", "lt", "lte", "like", "not_like"] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

export type FilterClause = { property: string; operator: FilterOperator; value: string | number | boolean };
export type MeterFilter = { conjunction: "and" | "or"; clauses: (FilterClause | MeterFilter)[] };

const MAX_CLAUSES = 20;
// Polar nests filters; three levels cover every "(a and (b or c))" a meter needs.
const MAX_DEPTH = 3;
export const METADATA_PROPERTY = /^metadata\.(.{1,40})$/s;

/** `name`, or `metadata.<key>` (a top-level metadata key, up to 40 characters). */
export const eventProperty = z
  .string()
  .refine((p) => p === "name" || METADATA_PROPERTY.test(p), "Filter on `name` or on `metadata.<key>`");

/** The metadata key of a `metadata.<key>` property. */
export function metadataKey(property: string): string {
  const match = METADATA_PROPERTY.exec(property);
  if (!match) throw new Error(`not a metadata property: ${property}`);
  return match[1];
}

const filterClause = z.object({
  property: eventProperty,
  operator: z.enum(FILTER_OPERATORS),
  value: z.union([z.string().max(1000), z.number().min(-1e15).max(1e15), z.boolean()], {
    error: "A string, a number or a boolean",
  }),
});

/**
 * Polar's meter filter: `{conjunction, clauses}`, where a clause is `{property, operator, value}`
 * or another filter. Parsed by hand one level at a time so each mistake is reported at its own
 * `loc` (a zod union would only say "invalid input" about the whole clause).
 */
export const meterFilter: z.ZodType<MeterFilter> = filterAtDepth(1);

function filterAtDepth(depth: number): z.ZodType<MeterFilter> {
  return z
    .object({
      conjunction: z.enum(["and", "or"]),
      clauses: z.array(z.unknown()).max(MAX_CLAUSES, `At most ${MAX_CLAUSES} clauses`),
    })
    .transform((filter, ctx) => {
      const clauses = filter.clauses.map((raw, i) => {
        const isNested = typeof raw === "object" && raw !== null && "conjunction" in raw;
        if (isNested && depth >= MAX_DEPTH) {
          ctx.addIssue({ code: "custom", path: ["clauses", i], message: `Filters nest at most ${MAX_DEPTH} levels deep` });
          return null;
        }
        const result = (isNested ? filterAtDepth(depth + 1) : filterClause).safeParse(raw);
        if (!result.success) {
          // Re-rooted under this clause, keeping zod's own code (`invalid_type` for a missing field…).
          for (const issue of result.error.issues) ctx.issues.push({ ...issue, path: ["clauses", i, ...issue.path] } as z.core.$ZodRawIssue);
          return null;
        }
        return result.data;
      });
      return { conjunction: filter.conjunction, clauses: clauses.filter((c) => c !== null) };
    });
}

/** Whether a filter entry is a clause rather than a nested filter. */
export function isClause(entry: FilterClause | MeterFilter): entry is FilterClause {
  return "property" in entry;
}
