import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lockMeters } from "@/lib/meters/lock-meters";
import type { CreateMeterInput } from "@/lib/meters/meter-input";
import { recountMeter } from "@/lib/meters/recount-meter";
import { meterDefinition, meterSelect } from "@/lib/meters/serialize-meter";

/**
 * Creates a meter and counts the events already ingested into it, in one transaction: a meter
 * made after the events it measures starts with their usage, and every batch after it adds on.
 */
export async function createMeter(db: Db, organizationId: string, input: CreateMeterInput) {
  if (input.organization_id && input.organization_id !== organizationId) {
    throw ApiError.invalid(["body", "organization_id"], "Does not match the organization of your access token");
  }
  return db.$transaction(
    async (tx) => {
      await lockMeters(tx, organizationId, "exclusive");
      const meter = await tx.meter.create({
        data: {
          organizationId,
          name: input.name,
          filter: input.filter as Prisma.InputJsonObject,
          aggregation: input.aggregation as Prisma.InputJsonObject,
          metadata: input.metadata,
          unit: input.unit,
          customLabel: input.custom_label ?? null,
          customMultiplier: input.custom_multiplier ?? null,
        },
        select: meterSelect,
      });
      await recountMeter(tx, organizationId, meterDefinition(meter));
      return meter;
    },
    // A long history takes a while to count; ingestion for the organization waits meanwhile.
    { maxWait: 15_000, timeout: 120_000 },
  );
}
