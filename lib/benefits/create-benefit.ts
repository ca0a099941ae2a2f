import type { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { createBenefitBody, effectiveType, parseProperties } from "@/lib/benefits/benefit-input";
import { benefitTypeDefinition } from "@/lib/benefits/registry";
import { benefitSelect, serializeBenefit } from "@/lib/benefits/serialize-benefit";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { emitWebhookEvent } from "@/lib/webhooks/emit-webhook-event";
import { notifyRunner } from "@/lib/jobs/notify-runner";

export type CreateBenefitInput = z.output<typeof createBenefitBody>;

/** Creates a benefit and announces it (`benefit.created`) in the same transaction. */
export async function createBenefit(db: Db, organizationId: string, input: CreateBenefitInput) {
  if (input.organization_id && input.organization_id !== organizationId) {
    throw ApiError.invalid(["body", "organization_id"], "Does not match the organization of your access token");
  }
  const type = effectiveType(input.type, input.properties);
  const parsed = parseProperties(type, input.properties);
  const definition = benefitTypeDefinition(type);
  const checked = definition.check ? await definition.check(db, organizationId, parsed as never) : parsed;
  const result = await db.$transaction(async (tx) => {
    const stored = definition.prepare ? await definition.prepare(tx, organizationId, checked as never) : checked;
    const benefit = await tx.benefit.create({
      data: {
        organizationId,
        type,
        description: input.description,
        properties: stored as Prisma.InputJsonValue,
        metadata: input.metadata,
      },
      select: benefitSelect,
    });
    await emitWebhookEvent(tx, organizationId, "benefit.created", serializeBenefit(benefit));
    return benefit;
  });
  notifyRunner();
  return result;
}
