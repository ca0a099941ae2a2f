"use client";

import { deleteActivationAction } from "@/app/dashboard/[org]/license-keys/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { formatMoment } from "@/components/purchases/purchase-format";
import { useToast } from "@/components/ui/toast";
import { Table, Td, Th, Tr } from "@/components/ui/table";

export type ActivationItem = { id: string; label: string; meta: Record<string, string | number | boolean>; created_at: string };

/** The machines a key is activated on, each with a Delete that frees its slot. */
export function ActivationsTable({
  orgSlug,
  licenseKeyId,
  activations,
  canWrite,
}: {
  orgSlug: string;
  licenseKeyId: string;
  activations: ActivationItem[];
  canWrite: boolean;
}) {
  const toast = useToast();
  return (
    <Table aria-label="Activations">
      <thead>
        <tr>
          <Th>Label</Th>
          <Th>Details</Th>
          <Th>Activated</Th>
          {canWrite && (
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          )}
        </tr>
      </thead>
      <tbody>
        {activations.map((a) => (
          <Tr key={a.id} data-testid="activation-row">
            <Td className="font-medium text-gray-900">{a.label}</Td>
            <Td className="text-xs text-gray-600">
              {Object.keys(a.meta).length === 0
                ? "—"
                : Object.entries(a.meta).map(([k, v]) => (
                    <span key={k} className="mr-2 inline-block">
                      {k}: <span className="font-mono">{String(v)}</span>
                    </span>
                  ))}
            </Td>
            <Td className="whitespace-nowrap text-gray-600">{formatMoment(a.created_at)}</Td>
            {canWrite && (
              <Td className="text-right">
                <ConfirmButton
                  size="sm"
                  variant="secondary"
                  label={
                    <>
                      Delete<span className="sr-only"> activation {a.label}</span>
                    </>
                  }
                  title={`Delete the activation “${a.label}”?`}
                  description="Its slot is freed. The app on that machine fails its next validation with this activation and must activate again."
                  confirmLabel="Delete activation"
                  action={() => deleteActivationAction(orgSlug, licenseKeyId, a.id)}
                  onDone={() => toast({ title: "Activation deleted" })}
                />
              </Td>
            )}
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
