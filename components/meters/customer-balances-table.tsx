import Link from "next/link";
import { formatUnits } from "@/components/meters/meter-summary";
import { TopUpDialog } from "@/components/meters/top-up-dialog";
import { Badge } from "@/components/ui/misc";
import { Table, Td, Th, Tr } from "@/components/ui/table";

export type CustomerBalanceRow = {
  id: string;
  customerId: string;
  email: string;
  credited: number;
  consumed: number;
  balance: number;
  isLow: boolean;
};

/** Each customer's balance on one meter; negative balances and low ones stand out. */
export function CustomerBalancesTable({ orgSlug, meterId, rows, canWrite }: { orgSlug: string; meterId: string; rows: CustomerBalanceRow[]; canWrite: boolean }) {
  return (
    <Table>
      <thead>
        <tr>
          <Th>Customer</Th>
          <Th className="text-right">Credited</Th>
          <Th className="text-right">Used</Th>
          <Th className="text-right">Balance</Th>
          {canWrite && (
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <Tr key={r.id}>
            <Td>
              <Link href={`/dashboard/${orgSlug}/customers/${r.customerId}`} className="font-medium text-brand-700 hover:underline">
                {r.email}
              </Link>
            </Td>
            <Td className="text-right tabular-nums">{formatUnits(r.credited)}</Td>
            <Td className="text-right tabular-nums">{formatUnits(r.consumed)}</Td>
            <Td className="text-right tabular-nums">
              <span className={r.balance < 0 ? "font-semibold text-red-700" : "font-semibold text-gray-900"}>{formatUnits(r.balance)}</span>
              {r.balance < 0 ? (
                <span className="ml-2">
                  <Badge tone="red">Overage</Badge>
                </span>
              ) : r.isLow ? (
                <span className="ml-2">
                  <Badge tone="yellow">Low</Badge>
                </span>
              ) : null}
            </Td>
            {canWrite && (
              <Td className="text-right">
                <TopUpDialog orgSlug={orgSlug} meterId={meterId} customer={{ id: r.customerId, email: r.email }} triggerLabel="Add credits" />
              </Td>
            )}
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
