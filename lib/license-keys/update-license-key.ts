import { ApiError, type ValidationIssue } from "@/lib/api/errors";
import type { Db } from "@/lib/db";
import { lockLicenseKeyOrThrow } from "@/lib/license-keys/get-license-key-or-throw";
import {
  limitBelowActivations,
  limitBelowUsage,
  usageAboveLimit,
  type UpdateLicenseKeyInput,
} from "@/lib/license-keys/license-key-input";
import { licenseKeySelect } from "@/lib/license-keys/serialize-license-key";

// Activations of a busy key queue on the same row lock: wait for them rather than fail.
const LOCK_WAIT = { maxWait: 15_000, timeout: 15_000 };

const issue = (field: string, msg: string): ValidationIssue => ({ loc: ["body", field], msg, type: "value_error" });

/**
 * The merchant's edit of a key: status (granted / disabled / revoked), usage, limits, expiry.
 * The row is locked while the new values are checked against what is stored — the usage against
 * the usage limit, the activation limit against the activations that exist — so a concurrent
 * validation or activation cannot slip past a limit this call just lowered. Every rule that
 * fails is reported on its own field.
 */
export async function updateLicenseKey(db: Db, organizationId: string, id: string, input: UpdateLicenseKeyInput) {
  return db.$transaction(async (tx) => {
    const current = await lockLicenseKeyOrThrow(tx, organizationId, id);
    const issues: ValidationIssue[] = [];

    const usage = input.usage ?? current.usage;
    const limitUsage = input.limit_usage === undefined ? current.limitUsage : input.limit_usage;
    if (limitUsage !== null && usage > limitUsage) {
      // Blame the field the merchant sent: the usage they set, or the limit they lowered.
      issues.push(input.usage !== undefined ? issue("usage", usageAboveLimit(limitUsage)) : issue("limit_usage", limitBelowUsage(usage)));
    }
    if (typeof input.limit_activations === "number") {
      const activations = await tx.licenseKeyActivation.count({ where: { licenseKeyId: current.id } });
      if (activations > input.limit_activations) issues.push(issue("limit_activations", limitBelowActivations(activations)));
    }
    if (issues.length) throw new ApiError("validation", issues);

    return tx.licenseKey.update({
      where: { id: current.id },
      data: {
        status: input.status,
        usage: input.usage,
        limitActivations: input.limit_activations,
        limitUsage: input.limit_usage,
        expiresAt: input.expires_at,
      },
      select: licenseKeySelect,
    });
  }, LOCK_WAIT);
}
