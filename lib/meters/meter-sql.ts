import { Prisma } from "@/lib/generated/prisma/client";
import { isClause, metadataKey, type FilterClause, type FilterOperator, type MeterFilter } from "@/lib/meters/meter-filter";
import type { MeterAggregation } from "@/lib/meters/meter-input";

// A meter's filter and aggregation as SQL over an events row aliased `e` (the events table, or the
// rows an ingestion just inserted), so ingestion and the recount from history share one meaning.
// Every value is a bound parameter; only operators and the alias are spliced in.

const COMPARISON: Record<Exclude<FilterOperator, "like" | "not_like">, Prisma.Sql> = {
  eq: Prisma.raw("="),
  ne: Prisma.raw("<>"),
  gt: Prisma.raw(">"),
  gte: Prisma.raw(">="),
  lt: Prisma.raw("<"),
  lte: Prisma.raw("<="),
};

const FALSE = Prisma.sql`false`;

/** The filter as a boolean SQL expression over `e.name` and `e.metadata`. */
export function filterSql(filter: MeterFilter): Prisma.Sql {
  if (filter.clauses.length === 0) return Prisma.sql`true`;
  const parts = filter.clauses.map((c) => (isClause(c) ? clauseSql(c) : filterSql(c)));
  return Prisma.sql`(${Prisma.join(parts, filter.conjunction === "and" ? " AND " : " OR ")})`;
}

/**
 * Polar's rules: `like`/`not_like` test "contains" on the text form (here literally: `%` and `_`
 * in the value are not wildcards); other operators compare a metadata field only with a value of
 * its own JSON type (a number field against a number…) and are false otherwise. A clause on a
 * missing field is false whatever the operator, `ne` and `not_like` included.
 */
function clauseSql({ property, operator, value }: FilterClause): Prisma.Sql {
  if (property === "name") {
    if (operator === "like" || operator === "not_like") return likeSql(Prisma.sql`e.name`, operator, String(value));
    return typeof value === "string" ? Prisma.sql`(e.name ${COMPARISON[operator]} ${value}::text)` : FALSE;
  }
  const key = metadataKey(property);
  const json = Prisma.sql`(e.metadata -> ${key}::text)`;
  const text = Prisma.sql`(e.metadata ->> ${key}::text)`;
  if (operator === "like" || operator === "not_like") return Prisma.sql`COALESCE(${likeSql(text, operator, String(value))}, false)`;
  const op = COMPARISON[operator];
  // CASE, not AND: PostgreSQL does not promise to test the type before it tries the cast.
  if (typeof value === "string") return Prisma.sql`(CASE WHEN jsonb_typeof(${json}) = 'string' THEN ${text} ${op} ${value}::text ELSE false END)`;
  if (typeof value === "number") return Prisma.sql`(CASE WHEN jsonb_typeof(${json}) = 'number' THEN (${text})::numeric ${op} ${value}::numeric ELSE false END)`;
  return Prisma.sql`(CASE WHEN jsonb_typeof(${json}) = 'boolean' THEN (${json})::boolean ${op} ${value}::boolean ELSE false END)`;
}

function likeSql(subject: Prisma.Sql, operator: "like" | "not_like", value: string): Prisma.Sql {
  const pattern = `%${value.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  return operator === "like" ? Prisma.sql`(${subject} LIKE ${pattern}::text)` : Prisma.sql`(${subject} NOT LIKE ${pattern}::text)`;
}

/** What one matching event adds: 1 for count, the numeric field for sum and max (NULL if absent). */
export function valueSql(aggregation: MeterAggregation): Prisma.Sql {
  if (aggregation.func === "count") return Prisma.sql`1::numeric`;
  const key = metadataKey(aggregation.property);
  return Prisma.sql`(CASE WHEN jsonb_typeof(e.metadata -> ${key}::text) = 'number' THEN (e.metadata ->> ${key}::text)::numeric END)`;
}

export type UsageMeter = { id: string; filter: MeterFilter; aggregation: MeterAggregation };

/**
 * Usage per meter × customer × UTC day of the events in `source` (rows with customer_id, name,
 * timestamp and metadata): the sum of the values (count, sum) or their maximum (max). Columns:
 * meter_id, customer_id, day, is_max, amount.
 */
export function dailyUsageSql(meters: UsageMeter[], source: Prisma.Sql): Prisma.Sql {
  const branches = meters.map(
    (m) => Prisma.sql`
      SELECT ${m.id}::uuid AS meter_id, ${m.aggregation.func === "max"}::boolean AS is_max, e.customer_id,
             (e.timestamp AT TIME ZONE 'UTC')::date AS day, ${valueSql(m.aggregation)} AS value
      FROM ${source} e
      WHERE e.customer_id IS NOT NULL AND ${filterSql(m.filter)}`,
  );
  return Prisma.sql`
    SELECT meter_id, customer_id, day, bool_and(is_max) AS is_max,
           COALESCE(CASE WHEN bool_and(is_max) THEN max(value) ELSE sum(value) END, 0) AS amount
    FROM (${Prisma.join(branches, " UNION ALL ")}) matched
    GROUP BY meter_id, customer_id, day`;
}
