import { ApiError } from "@/lib/api/errors";
import { licenseKeysProperties } from "@/lib/benefits/license-keys/properties";
import type { Db, DbTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { displayLicenseKey } from "@/lib/license-keys/generate-license-key";
import { usageAboveLimit, type ImportLicenseKeyInput } from "@/lib/license-keys/license-key-input";
import { licenseKeySelect } from "@/lib/license-keys/serialize-license-key";
import { resolvePurchaseCustomer } from "@/lib/purchases/resolve-purchase-customer";

const KEY_TAKEN = "A license key with this key already exists in the organization";

/**
 * Takes over a key issued by another system (Gumroad, Lemon Squeezy, a home-grown server…) so
 * apps already in the field keep validating after the move. The key has no grant: no purchase
 * made it, so no revoke takes it back — the merchant manages it here. It validates, activates
 * and rotates like any other key. A key string the organization already has is a 409.
 */
export async function importLicenseKey(db: Db, organizationId: string, input: ImportLicenseKeyInput) {
  try {
    return await db.$transaction(async (tx) => {
      const benefit = await licenseKeysBenefit(tx, organizationId, input.benefit_id);
      const limitActivations = input.limit_activations === undefined ? (benefit.activations?.limit ?? null) : input.limit_activations;
      const limitUsage = input.limit_usage === undefined ? benefit.limit_usage : input.limit_usage;
      if (limitUsage !== null && input.usage > limitUsage) throw ApiError.invalid(["body", "usage"], usageAboveLimit(limitUsage));

      const taken = await tx.licenseKey.findFirst({ where: { organizationId, key: input.key }, select: { id: true } });
      if (taken) throw new ApiError("conflict", KEY_TAKEN);
      const customerId = await resolveCustomer(tx, organizationId, input);
      return tx.licenseKey.create({
        data: {
          organizationId,
          customerId,
          benefitId: input.benefit_id,
          grantId: null,
          key: input.key,
          displayKey: displayLicenseKey(input.key),
          status: input.status,
          usage: input.usage,
          limitActivations,
          limitUsage,
          expiresAt: input.expires_at,
        },
        select: licenseKeySelect,
      });
    });
  } catch (err) {
    // Two imports of one key at once: the unique index (organization, key) decides.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") throw new ApiError("conflict", KEY_TAKEN);
    throw err;
  }
}

/** The benefit's properties; a missing, deleted or other-type benefit is a 422 on benefit_id. */
async function licenseKeysBenefit(tx: DbTx, organizationId: string, id: string) {
  const benefit = await tx.benefit.findFirst({ where: { id, organizationId, deletedAt: null }, select: { type: true, properties: true } });
  if (!benefit) throw ApiError.invalid(["body", "benefit_id"], "Benefit does not exist");
  if (benefit.type !== "license_keys") throw ApiError.invalid(["body", "benefit_id"], `Must be a license_keys benefit (this one is ${benefit.type})`);
  return licenseKeysProperties.parse(benefit.properties);
}

async function resolveCustomer(tx: DbTx, organizationId: string, input: ImportLicenseKeyInput): Promise<string> {
  if (input.customer_id || input.external_customer_id) return resolvePurchaseCustomer(tx, organizationId, input);
  const email = input.customer_email as string;
  const find = () => tx.customer.findFirst({ where: { organizationId, email, deletedAt: null }, select: { id: true } });
  const existing = await find();
  if (existing) return existing.id;
  // ON CONFLICT DO NOTHING: an import or purchase creating the same customer at once wins.
  await tx.customer.createMany({ data: [{ organizationId, email, name: input.customer_name ?? null }], skipDuplicates: true });
  const created = await find();
  if (!created) throw ApiError.invalid(["body", "customer_email"], "Could not create a customer with this email address");
  return created.id;
}
