import { isDeepStrictEqual } from "node:util";
import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getMeterOrThrow } from "@/lib/meters/get-meter-or-throw";
import { lockMeters } from "@/lib/meters/lock-meters";
import type { UpdateMeterInput } from "@/lib/meters/meter-input";
import { recountMeter } from "@/lib/meters/recount-meter";
import { meterDefinition, meterSelect } from "@/lib/meters/serialize-meter";

/**
 * Applies a partial update. A new filter or aggregation changes what every past event counts for,
 * so usage is recounted from history in the same transaction; so is un-archiving, since an archived
 * meter skipped the batches ingested meanwhile. Renaming or relabelling touches nothing else.
 */
export async function updateMeter(db: Db, organizationId: string, id: string, input: UpdateMeterInput) {
  return db.$transaction(
    async (tx) => {
      await lockMeters(tx, organizationId, "exclusive");
      const current = await getMeterOrThrow(tx, organizationId, id);
      const unit = input.unit ?? current.unit;
      const customLabel = input.custom_label !== undefined && input.custom_label !== null ? input.custom_label : current.customLabel;
      if (unit === "custom" && !customLabel) throw ApiError.invalid(["body", "custom_label"], "Required when unit is custom");

      const isRedefined =
        (input.filter != null && !isDeepStrictEqual(input.filter, current.filter)) ||
        (input.aggregation != null && !isDeepStrictEqual(input.aggregation, current.aggregation));
      const isUnarchived = input.is_archived === false && current.archivedAt !== null;
      const archivedAt = input.is_archived == null ? undefined : input.is_archived ? (current.archivedAt ?? new Date()) : null;

      const meter = await tx.meter.update({
        where: { id },
        data: {
          name: input.name ?? undefined,
          filter: (input.filter ?? undefined) as Prisma.InputJsonObject | undefined,
          aggregation: (input.aggregation ?? undefined) as Prisma.InputJsonObject | undefined,
          metadata: input.metadata ?? undefined,
          unit,
          customLabel,
          customMultiplier: input.custom_multiplier ?? undefined,
          archivedAt,
        },
        select: meterSelect,
      });
      if ((isRedefined || isUnarchived) && meter.archivedAt === null) await recountMeter(tx, organizationId, meterDefinition(meter));
      return meter;
    },
    { maxWait: 15_000, timeout: 120_000 },
  );
}
