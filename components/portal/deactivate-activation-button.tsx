"use client";

import { useRouter } from "next/navigation";
import { deactivateActivationAction } from "@/app/portal/[org]/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";

/** "Deactivate" on one activation, after a confirmation that says what it does to that device. */
export function DeactivateActivationButton({ slug, licenseKeyId, activation }: { slug: string; licenseKeyId: string; activation: { id: string; label: string } }) {
  const router = useRouter();
  return (
    <ConfirmButton
      label="Deactivate"
      ariaLabel={`Deactivate ${activation.label}`}
      variant="secondary"
      size="sm"
      title={`Deactivate “${activation.label}”?`}
      description="The app on that device stops accepting this key until it is activated again. This frees one activation for another device."
      confirmLabel="Deactivate device"
      action={() => deactivateActivationAction(slug, licenseKeyId, activation.id)}
      onDone={() => router.refresh()}
    />
  );
}
