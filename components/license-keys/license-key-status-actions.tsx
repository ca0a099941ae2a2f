"use client";

import { updateLicenseKeyAction } from "@/app/dashboard/[org]/license-keys/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useToast } from "@/components/ui/toast";
import type { LicenseKeyStatus } from "@/lib/generated/prisma/enums";

/**
 * Disable (reversible: apps are told the key is disabled), re-enable, and revoke. Each asks
 * first, saying what the customer's app will see.
 */
export function LicenseKeyStatusActions({ orgSlug, licenseKeyId, status }: { orgSlug: string; licenseKeyId: string; status: LicenseKeyStatus }) {
  const toast = useToast();
  const setStatus = (next: LicenseKeyStatus) => () => updateLicenseKeyAction(orgSlug, licenseKeyId, { status: next });
  return (
    <>
      {status === "granted" ? (
        <ConfirmButton
          label="Disable"
          variant="secondary"
          title="Disable this key?"
          description="Validations answer that the key is disabled until you re-enable it. Its activations and usage are kept."
          confirmLabel="Disable key"
          action={setStatus("disabled")}
          onDone={() => toast({ title: "Key disabled" })}
        />
      ) : (
        <ConfirmButton
          label="Re-enable"
          variant="secondary"
          title="Re-enable this key?"
          description={
            status === "revoked"
              ? "The key validates again even though it was revoked. If its purchase ended, the customer keeps using it."
              : "The key validates again, with its activations and usage as they were."
          }
          confirmLabel="Re-enable key"
          action={setStatus("granted")}
          onDone={() => toast({ title: "Key re-enabled" })}
        />
      )}
      {status !== "revoked" && (
        <ConfirmButton
          label="Revoke"
          title="Revoke this key?"
          description="Validations answer that the key is revoked, and it can no longer be rotated. Use this when the customer should lose access; disable it if you may want it back."
          confirmLabel="Revoke key"
          action={setStatus("revoked")}
          onDone={() => toast({ title: "Key revoked" })}
        />
      )}
    </>
  );
}
