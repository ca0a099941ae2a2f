import { ApiError } from "@/lib/api/errors";
import { licenseKeysProperties } from "@/lib/benefits/license-keys/properties";
import type { Db, DbTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { GRANT_TX_OPTIONS, lockGrant } from "@/lib/grants/lock-grant";
import { notifyRunner } from "@/lib/jobs/notify-runner";
import { displayLicenseKey, generateLicenseKey } from "@/lib/license-keys/generate-license-key";
import { lockLicenseKeyOrThrow } from "@/lib/license-keys/get-license-key-or-throw";
import { licenseKeySelect, serializeLicenseKey } from "@/lib/license-keys/serialize-license-key";
import { emitWebhookEvent } from "@/lib/webhooks/emit-webhook-event";

/**
 * Polar's 400 `RotateNotPermitted`. ApiError's codes have no such name, so this subclass names
 * the error itself; errorResponse and runAction still treat it as any ApiError.
 */
export class RotateNotPermittedError extends ApiError {
  constructor(status: string) {
    super("bad_request", `License key cannot be rotated in its current status. Current status: ${status}. Allowed statuses: disabled, granted.`);
  }

  override get error(): string {
    return "RotateNotPermitted";
  }
}

/**
 * Gives the key a new key string; the old one stops validating at once. It is the same record,
 * so status, usage, limits, expiry and activations are kept, as in Polar (Keygen's machines
 * likewise belong to the license, not to its key string): a customer whose key leaked pastes
 * the new key on their own machines without spending activation slots, and the merchant deletes
 * any activation they do not recognise. A revoked key cannot be rotated — nobody should use it.
 *
 * The grant's `display_key` follows the new key, and `license_key.rotated` carries the new
 * record (never the old key in clear, only its `previous_display_key`), both in this transaction.
 */
export async function rotateLicenseKey(db: Db, organizationId: string, id: string) {
  const rotated = await db.$transaction(async (tx) => {
    const found = await tx.licenseKey.findFirst({ where: { id, organizationId }, select: { grantId: true } });
    if (!found) throw ApiError.notFound("License key");
    // Grant work locks customer → grant → key; taking them in that order here cannot deadlock.
    const grant = found.grantId ? await lockGrant(tx, found.grantId) : null;
    const current = await lockLicenseKeyOrThrow(tx, organizationId, id);
    if (current.status === "revoked") throw new RotateNotPermittedError(current.status);

    const value = generateLicenseKey(await benefitPrefix(tx, current.benefitId));
    const updated = await tx.licenseKey.update({
      where: { id: current.id },
      data: { key: value, displayKey: displayLicenseKey(value) },
      select: licenseKeySelect,
    });
    if (grant) {
      const properties = { ...(grant.properties as Record<string, unknown>), display_key: updated.displayKey };
      await tx.benefitGrant.update({ where: { id: grant.id }, data: { properties: properties as Prisma.InputJsonObject } });
    }
    await emitWebhookEvent(tx, organizationId, "license_key.rotated", {
      ...serializeLicenseKey(updated, "merchant"),
      previous_display_key: current.displayKey,
    });
    return updated;
  }, GRANT_TX_OPTIONS); // the customer lock may be held by grant work waiting on a provider
  notifyRunner();
  return rotated;
}

/** The benefit's current prefix, so a rotated key looks like the ones issued today. */
async function benefitPrefix(tx: DbTx, benefitId: string): Promise<string | null> {
  const benefit = await tx.benefit.findUniqueOrThrow({ where: { id: benefitId }, select: { type: true, properties: true } });
  if (benefit.type !== "license_keys") return null;
  const parsed = licenseKeysProperties.safeParse(benefit.properties);
  return parsed.success ? parsed.data.prefix : null;
}
