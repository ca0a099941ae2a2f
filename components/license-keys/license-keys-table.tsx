import Link from "next/link";
import { countOfLimit } from "@/components/license-keys/license-key-format";
import { LicenseKeyStatusBadge } from "@/components/license-keys/license-key-status-badge";
import { formatDay } from "@/components/purchases/purchase-format";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { LicenseKeyStatus } from "@/lib/generated/prisma/enums";

/** What one row shows: the key stays masked here (its page reveals it). */
export type LicenseKeyListRow = {
  id: string;
  displayKey: string;
  status: LicenseKeyStatus;
  customerId: string;
  customerEmail: string;
  benefitId: string;
  benefitDescription: string;
  usage: number;
  limitUsage: number | null;
  activations: number;
  limitActivations: number | null;
  expiresAt: string | null;
  createdAt: string;
};

export function LicenseKeysTable({ orgSlug, keys }: { orgSlug: string; keys: LicenseKeyListRow[] }) {
  const base = `/dashboard/${orgSlug}`;
  return (
    <Table aria-label="License keys">
      <thead>
        <tr>
          <Th>Key</Th>
          <Th>Customer</Th>
          <Th>Benefit</Th>
          <Th>Status</Th>
          <Th className="text-right">Activations</Th>
          <Th className="text-right">Usage</Th>
          <Th>Expires</Th>
          <Th>
            <span className="sr-only">Details</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {keys.map((k) => (
          <Tr key={k.id} data-testid="license-key-row">
            <Td className="font-mono text-xs whitespace-nowrap text-gray-900">{k.displayKey}</Td>
            <Td>
              <Link href={`${base}/customers/${k.customerId}`} className="text-brand-700 hover:underline">
                {k.customerEmail || "Deleted customer"}
              </Link>
            </Td>
            <Td className="text-gray-700">{k.benefitDescription}</Td>
            <Td>
              <LicenseKeyStatusBadge status={k.status} />
            </Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{countOfLimit(k.activations, k.limitActivations)}</Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{countOfLimit(k.usage, k.limitUsage)}</Td>
            <Td className="whitespace-nowrap text-gray-600">{formatDay(k.expiresAt, "Never")}</Td>
            <Td className="text-right">
              <Link href={`${base}/license-keys/${k.id}`} className="font-medium text-brand-700 hover:underline">
                View<span className="sr-only"> key {k.displayKey}</span>
              </Link>
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
