import { isDeepStrictEqual } from "node:util";
import type { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { parseProperties, updateBenefitBody } from "@/lib/benefits/benefit-input";
import { getBenefitOrThrow } from "@/lib/benefits/get-benefit-or-throw";
import { benefitTypeDefinition } from "@/lib/benefits/registry";
import { benefitSelect, serializeBenefit } from "@/lib/benefits/serialize-benefit";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requestBenefitReapply } from "@/lib/grants/request-benefit-reapply";
import { emitWebhookEvent } from "@/lib/webhooks/emit-webhook-event";
import { notifyRunner } from "@/lib/jobs/notify-runner";

export type UpdateBenefitInput = z.output<typeof updateBenefitBody>;

/**
 * Updates description, metadata and properties; a benefit's type never changes. New properties
 * are re-applied to every grant that holds the benefit (jobs queued in this transaction), and
 * `benefit.updated` carries the `previous_properties`.
 */
export async function updateBenefit(db: Db, organizationId: string, id: string, input: UpdateBenefitInput) {
  // A benefit's type never changes, so the provider check can run before the transaction opens.
  const { type } = await getBenefitOrThrow(db, organizationId, id);
  if (input.type && input.type !== type) {
    throw ApiError.invalid(["body", "type"], `The type of a benefit cannot change (it is ${type})`);
  }
  const definition = benefitTypeDefinition(type);
  let checked: unknown;
  if (input.properties) {
    const parsed = parseProperties(type, input.properties);
    checked = definition.check ? await definition.check(db, organizationId, parsed as never) : parsed;
  }
  const result = await db.$transaction(async (tx) => {
    const current = await getBenefitOrThrow(tx, organizationId, id);
    let properties: Prisma.InputJsonValue | undefined;
    if (input.properties) {
      const prepared = definition.prepare ? await definition.prepare(tx, organizationId, checked as never) : checked;
      // As stored (JSON drops undefined), so the comparison below sees what the database will hold.
      properties = JSON.parse(JSON.stringify(prepared)) as Prisma.InputJsonValue;
    }
    const updated = await tx.benefit.update({
      where: { id: current.id },
      data: { description: input.description, metadata: input.metadata, properties },
      select: benefitSelect,
    });
    if (properties !== undefined && !isDeepStrictEqual(properties, current.properties)) {
      await requestBenefitReapply(tx, current.id);
    }
    await emitWebhookEvent(tx, organizationId, "benefit.updated", {
      ...serializeBenefit(updated),
      previous_properties: serializeBenefit(current).properties,
    });
    return updated;
  });
  notifyRunner();
  return result;
}
