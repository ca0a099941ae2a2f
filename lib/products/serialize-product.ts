import { benefitSelect, serializeBenefit } from "@/lib/benefits/serialize-benefit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { priceSelect, serializePrice } from "@/lib/products/serialize-price";

export const productSelect = {
  id: true,
  organizationId: true,
  name: true,
  description: true,
  recurringInterval: true,
  recurringIntervalCount: true,
  trialInterval: true,
  trialIntervalCount: true,
  visibility: true,
  isArchived: true,
  metadata: true,
  createdAt: true,
  modifiedAt: true,
  // Polar lists live prices only; archived ones stay for the orders that used them.
  prices: { where: { isArchived: false }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: priceSelect },
  // Position is the grant and display order; deleted benefits are already detached, the filter is a guard.
  productBenefits: {
    where: { benefit: { deletedAt: null } },
    orderBy: { position: "asc" },
    select: { benefit: { select: benefitSelect } },
  },
} satisfies Prisma.ProductSelect;

export type ProductRow = Prisma.ProductGetPayload<{ select: typeof productSelect }>;

type ProductScalars = Pick<
  ProductRow,
  | "id" | "createdAt" | "modifiedAt" | "trialInterval" | "trialIntervalCount" | "name" | "description" | "visibility"
  | "recurringInterval" | "recurringIntervalCount" | "isArchived" | "organizationId" | "metadata"
>;

/** A product's own fields in Polar's shape, without prices and benefits (nested in orders). */
export function serializeProductBase(p: ProductScalars) {
  return {
    id: p.id,
    created_at: p.createdAt.toISOString(),
    modified_at: p.modifiedAt.toISOString(),
    trial_interval: p.trialInterval,
    trial_interval_count: p.trialIntervalCount,
    name: p.name,
    description: p.description,
    visibility: p.visibility as "draft" | "private" | "public",
    recurring_interval: p.recurringInterval,
    recurring_interval_count: p.recurringIntervalCount,
    meter_interval: null,
    meter_interval_count: null,
    is_recurring: p.recurringInterval !== null,
    is_archived: p.isArchived,
    organization_id: p.organizationId,
    metadata: p.metadata as Record<string, string | number | boolean>,
  };
}

/** The merchant view of a product, in Polar's shape. */
export function serializeProduct(p: ProductRow) {
  return {
    ...serializeProductBase(p),
    // Products are archived, never deleted (orders keep pointing at them).
    is_deletable: false,
    prices: p.prices.map(serializePrice),
    benefits: p.productBenefits.map((pb) => serializeBenefit(pb.benefit)),
    medias: [],
    attached_custom_fields: [],
  };
}

export type ProductResponse = ReturnType<typeof serializeProduct>;
