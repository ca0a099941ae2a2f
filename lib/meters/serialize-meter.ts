import type { Meter } from "@/lib/generated/prisma/client";
import type { MeterFilter } from "@/lib/meters/meter-filter";
import type { MeterAggregation } from "@/lib/meters/meter-input";

export const meterSelect = {
  id: true,
  organizationId: true,
  name: true,
  filter: true,
  aggregation: true,
  metadata: true,
  unit: true,
  customLabel: true,
  customMultiplier: true,
  archivedAt: true,
  createdAt: true,
  modifiedAt: true,
} as const;

export type MeterRow = Pick<Meter, keyof typeof meterSelect>;

/** The stored filter and aggregation were validated on the way in (meter-input.ts). */
export function meterDefinition(m: Pick<MeterRow, "id" | "filter" | "aggregation">) {
  return { id: m.id, filter: m.filter as MeterFilter, aggregation: m.aggregation as MeterAggregation };
}

/** Polar's `Meter`. */
export function serializeMeter(m: MeterRow) {
  return {
    id: m.id,
    created_at: m.createdAt.toISOString(),
    modified_at: m.modifiedAt.toISOString(),
    organization_id: m.organizationId,
    name: m.name,
    filter: m.filter as MeterFilter,
    aggregation: m.aggregation as MeterAggregation,
    metadata: m.metadata as Record<string, string | number | boolean>,
    unit: m.unit,
    custom_label: m.customLabel,
    custom_multiplier: m.customMultiplier,
    archived_at: m.archivedAt?.toISOString() ?? null,
  };
}

export type SerializedMeter = ReturnType<typeof serializeMeter>;
