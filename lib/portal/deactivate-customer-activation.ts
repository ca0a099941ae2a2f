import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db";
import { deactivateLicenseKey } from "@/lib/license-keys/deactivate-license-key";
import { canCustomersManageActivations } from "@/lib/portal/portal-benefit-properties";

/**
 * The portal's "Deactivate": frees one activation of one of this customer's keys, when the
 * merchant lets customers manage activations (`activations.enable_customer_admin`). Another
 * customer's key is a 404; the activation must belong to the key (the license API checks that).
 */
export async function deactivateCustomerActivation(
  db: Db,
  customer: { customerId: string; organizationId: string },
  input: { licenseKeyId: string; activationId: string },
): Promise<void> {
  const key = await db.licenseKey.findFirst({
    where: { id: input.licenseKeyId, customerId: customer.customerId, organizationId: customer.organizationId },
    select: { key: true, benefit: { select: { properties: true } } },
  });
  if (!key) throw ApiError.notFound("License key");
  if (!canCustomersManageActivations(key.benefit.properties)) {
    throw ApiError.forbidden("Activations of this key are managed by the merchant");
  }
  await deactivateLicenseKey(db, { organizationId: customer.organizationId, key: key.key, activationId: input.activationId });
}
