import { pageArgs, type Page } from "@/lib/api/pagination";
import type { DbTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { meterSelect } from "@/lib/meters/serialize-meter";

export const METER_SORTING = ["created_at", "-created_at", "name", "-name"] as const;
export type MeterSorting = (typeof METER_SORTING)[number];

export type MeterFilters = {
  organizationIds?: string[];
  /** Part of the name, case-insensitive. */
  query?: string;
  isArchived?: boolean;
  /** lib/api/metadata-filter.ts's conditions. */
  metadata?: Prisma.MeterWhereInput[];
};

/** The organization's meters; Polar sorts by name unless told otherwise. */
export async function listMeters(db: DbTx, organizationId: string, filters: MeterFilters, sorting: MeterSorting[], page: Page) {
  const where: Prisma.MeterWhereInput = {
    organizationId,
    AND: [
      filters.organizationIds?.length ? { organizationId: { in: filters.organizationIds } } : {},
      filters.query ? { name: { contains: filters.query, mode: "insensitive" } } : {},
      filters.isArchived === undefined ? {} : { archivedAt: filters.isArchived ? { not: null } : null },
      ...(filters.metadata ?? []),
    ],
  };
  const orderBy: Prisma.MeterOrderByWithRelationInput[] = [
    ...sorting.map((s) => {
      const direction = s.startsWith("-") ? ("desc" as const) : ("asc" as const);
      return s.replace(/^-/, "") === "name" ? { name: direction } : { createdAt: direction };
    }),
    { id: "asc" },
  ];
  const [items, total] = await Promise.all([
    db.meter.findMany({ where, select: meterSelect, orderBy, ...pageArgs(page) }),
    db.meter.count({ where }),
  ]);
  return { items, total };
}
