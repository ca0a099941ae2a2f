import { benefitTypeDefinition } from "@/lib/benefits/registry";
import type { Benefit } from "@/lib/generated/prisma/client";

export type BenefitRow = Pick<
  Benefit,
  "id" | "organizationId" | "type" | "description" | "properties" | "metadata" | "createdAt" | "modifiedAt"
> & { deletedAt?: Date | null };

export const benefitSelect = {
  id: true,
  organizationId: true,
  type: true,
  description: true,
  properties: true,
  metadata: true,
  createdAt: true,
  modifiedAt: true,
  // Grants keep pointing at a deleted benefit; their nested benefit says so.
  deletedAt: true,
} as const;

/** The merchant view of a benefit, in Polar's shape. */
export function serializeBenefit(b: BenefitRow) {
  return {
    id: b.id,
    created_at: b.createdAt.toISOString(),
    modified_at: b.modifiedAt.toISOString(),
    type: b.type,
    description: b.description,
    selectable: true,
    deletable: true,
    is_deleted: Boolean(b.deletedAt),
    visibility: "public" as const,
    visibility_configurable: false,
    organization_id: b.organizationId,
    metadata: b.metadata as Record<string, unknown>,
    properties: benefitTypeDefinition(b.type).serialize(b.properties as never),
  };
}

export type BenefitResponse = ReturnType<typeof serializeBenefit>;
