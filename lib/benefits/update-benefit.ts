import type { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { parseProperties, updateBenefitBody } from "@/lib/benefits/benefit-input";
import { getBenefitOrThrow } from "@/lib/benefits/get-benefit-or-throw";
import { benefitTypeDefinition } from "@/lib/benefits/registry";
import { benefitSelect } from "@/lib/benefits/serialize-benefit";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type UpdateBenefitInput = z.output<typeof updateBenefitBody>;

/** Updates description, metadata and properties; a benefit's type never changes. */
export async function updateBenefit(db: Db, organizationId: string, id: string, input: UpdateBenefitInput) {
  return db.$transaction(async (tx) => {
    const current = await getBenefitOrThrow(tx, organizationId, id);
    if (input.type && input.type !== current.type) {
      throw ApiError.invalid(["body", "type"], `The type of a benefit cannot change (it is ${current.type})`);
    }
    let properties: Prisma.InputJsonValue | undefined;
    if (input.properties) {
      const parsed = parseProperties(current.type, input.properties);
      const definition = benefitTypeDefinition(current.type);
      properties = (definition.prepare ? await definition.prepare(tx, organizationId, parsed as never) : parsed) as Prisma.InputJsonValue;
    }
    return tx.benefit.update({
      where: { id: current.id },
      data: { description: input.description, metadata: input.metadata, properties },
      select: benefitSelect,
    });
  });
}
