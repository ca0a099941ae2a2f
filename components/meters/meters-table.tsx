import Link from "next/link";
import { describeAggregation, describeFilter } from "@/components/meters/meter-summary";
import { Badge } from "@/components/ui/misc";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { SerializedMeter } from "@/lib/meters/serialize-meter";

export type MeterRowView = SerializedMeter & { customers: number };

export function MetersTable({ orgSlug, meters }: { orgSlug: string; meters: MeterRowView[] }) {
  return (
    <Table>
      <thead>
        <tr>
          <Th>Name</Th>
          <Th>Counts</Th>
          <Th>Events</Th>
          <Th className="text-right">Customers</Th>
        </tr>
      </thead>
      <tbody>
        {meters.map((m) => (
          <Tr key={m.id}>
            <Td>
              <Link href={`/dashboard/${orgSlug}/meters/${m.id}`} className="font-medium text-brand-700 hover:underline">
                {m.name}
              </Link>
              {m.archived_at && (
                <span className="ml-2">
                  <Badge>Archived</Badge>
                </span>
              )}
            </Td>
            <Td>{describeAggregation(m.aggregation)}</Td>
            <Td className="max-w-xs truncate font-mono text-xs" title={describeFilter(m.filter)}>
              {describeFilter(m.filter)}
            </Td>
            <Td className="text-right tabular-nums">{m.customers}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
